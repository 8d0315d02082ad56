package org.clausebook.cli;

import org.clausebook.diagnostics.ContentException;
import org.clausebook.diagnostics.Problem;
import org.clausebook.diagnostics.ProblemFormat;
import org.clausebook.site.SiteBuilder;
import org.clausebook.versions.VersionChecks;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "validate", mixinStandardHelpOptions = true, description = "Checks every file, drafts included, and lists every problem at once with file, line, field and a fix.")
final class ValidateCommand implements Callable<Integer> {
    @Mixin
    SourceOption source;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text, json or github (workflow annotations). Default: text.")
    String format;

    @Option(names = "--strict", description = "Treat warnings (outdated translations, versions without a recorded text hash) as errors.")
    boolean strict;

    @Override
    public Integer call() {
        ProblemFormat f;
        try {
            f = ProblemFormat.valueOf(format.toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            System.err.println("error: --format must be text, json or github, not '" + format + "'.");
            return 2;
        }
        List<Problem> errors = new ArrayList<>();
        List<Problem> warnings = new ArrayList<>();
        int items = 0;
        int languages = 0;
        try {
            var ctx = SiteBuilder.check(source.dir(), true, "check");
            (strict ? errors : warnings).addAll(VersionChecks.warnings(ctx.model()));
            items = ctx.model().items().size();
            languages = ctx.model().config().languages().size();
        } catch (ContentException e) {
            errors.addAll(e.problems());
        }
        System.out.print(f.render(errors, warnings));
        if (f == ProblemFormat.TEXT) {
            System.out.println(errors.isEmpty()
                    ? "OK: " + items + " items in " + languages + " languages, no problems"
                    + (warnings.isEmpty() ? "." : ", " + warnings.size() + " warning(s) (--strict makes them errors).")
                    : errors.size() + " problem(s)" + (warnings.isEmpty() ? "." : ", " + warnings.size() + " warning(s)."));
        }
        return errors.isEmpty() ? 0 : Main.CONTENT_ERRORS;
    }
}
