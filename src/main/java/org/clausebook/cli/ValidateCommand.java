package org.clausebook.cli;

import org.clausebook.diagnostics.ContentException;
import org.clausebook.diagnostics.ProblemFormat;
import org.clausebook.site.SiteBuilder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "validate", mixinStandardHelpOptions = true, description = "Checks every file, drafts included, and lists every problem at once with file, line, field and a fix.")
final class ValidateCommand implements Callable<Integer> {
    @Mixin
    SourceOption source;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text, json or github (workflow annotations). Default: text.")
    String format;

    @Override
    public Integer call() {
        ProblemFormat f;
        try {
            f = ProblemFormat.valueOf(format.toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            System.err.println("error: --format must be text, json or github, not '" + format + "'.");
            return 2;
        }
        try {
            var ctx = SiteBuilder.check(source.dir(), true, "check");
            if (f == ProblemFormat.JSON) {
                System.out.print(f.render(List.of()));
            } else {
                System.out.println("OK: " + ctx.model().items().size() + " items in " + ctx.model().config().languages().size()
                        + " languages, no problems.");
            }
            return 0;
        } catch (ContentException e) {
            System.out.print(f.render(e.problems()));
            if (f == ProblemFormat.TEXT) {
                System.out.println(e.problems().size() + " problem(s).");
            }
            return Main.CONTENT_ERRORS;
        }
    }
}
