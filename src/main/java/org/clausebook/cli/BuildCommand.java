package org.clausebook.cli;

import org.clausebook.diagnostics.ContentException;
import org.clausebook.diagnostics.ProblemFormat;
import org.clausebook.site.BuildOptions;
import org.clausebook.site.BuildResult;
import org.clausebook.site.SiteBuilder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;

@Command(name = "build", mixinStandardHelpOptions = true, description = "Builds the site into DIR/public (or --out). The previous output stays until the new one is complete.")
final class BuildCommand implements Callable<Integer> {
    @Mixin
    SourceOption source;

    @Mixin
    OutputOptions output;

    @Option(names = {"-q", "--quiet"}, description = "Print only the summary line.")
    boolean quiet;

    @Override
    public Integer call() throws Exception {
        BuildOptions options = output.buildOptions(source);
        try {
            BuildResult result = SiteBuilder.build(options,
                    line -> {
                        if (!quiet) {
                            System.out.println(line);
                        }
                    });
            System.out.println(summary(result, options.outDir()));
            return 0;
        } catch (ContentException e) {
            System.err.print(ProblemFormat.TEXT.render(e.problems()));
            System.err.println(e.problems().size() + " problem(s); nothing was written, the previous output is unchanged.");
            return Main.CONTENT_ERRORS;
        }
    }

    static String summary(BuildResult r, Path outDir) {
        return String.format(Locale.ROOT, "Built %d pages in %d languages (%d files, %.1f MB) in %.2f s into %s",
                r.pages(), r.languages(), r.files(), r.bytes() / 1_000_000.0, r.totalMillis() / 1000.0, outDir);
    }
}
