package org.clausebook.cli;

import org.clausebook.diagnostics.ContentException;
import org.clausebook.diagnostics.ProblemFormat;
import org.clausebook.site.BuildOptions;
import org.clausebook.site.SiteBuilder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;

@Command(name = "serve", mixinStandardHelpOptions = true, description = "Builds the site, serves it on localhost, rebuilds when a file changes and reloads the open page.")
final class ServeCommand implements Callable<Integer> {
    @Mixin
    SourceOption source;

    @Option(names = "--port", defaultValue = "8080", description = "Port on localhost (default: 8080).")
    int port;

    @Mixin
    OutputOptions output;

    @Override
    public Integer call() throws Exception {
        BuildOptions options = output.buildOptions(source).asPreview();
        Path outDir = options.outDir();
        if (!rebuild(options)) {
            System.err.println("Fix the problems above; serving will start after the first successful build.");
        }
        try (DevServer server = DevServer.start(outDir, port)) {
            System.out.println("Serving " + outDir + " at " + server.url() + " (Ctrl+C to stop)");
            new FileWatcher(source.dir(), () -> {
                if (rebuild(options)) {
                    server.reload();
                }
            }).run();
        }
        return 0;
    }

    private static boolean rebuild(BuildOptions options) {
        try {
            var result = SiteBuilder.build(options, line -> {
                if (line.startsWith("warning: ")) {
                    System.err.println(line); // an edited text that needs a new version before it is published
                }
            });
            System.out.println(BuildCommand.summary(result, options.outDir()));
            return true;
        } catch (ContentException e) {
            System.err.print(ProblemFormat.TEXT.render(e.problems()));
            System.err.println(e.problems().size() + " problem(s); still serving the previous build.");
            return false;
        } catch (IOException e) {
            System.err.println("error: " + e.getMessage());
            return false;
        } catch (Exception e) {
            System.err.println("error: " + e);
            return false;
        }
    }
}
