package org.clausebook.cli;

import org.clausebook.diagnostics.ContentException;
import org.clausebook.diagnostics.ProblemFormat;
import org.clausebook.site.BuildOptions;
import org.clausebook.site.SiteBuilder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import org.clausebook.deploy.HostingRules;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
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
        try (DevServer server = DevServer.start(outDir, port, securityHeaders(source.dir()))) {
            if (!rebuild(options, server)) {
                System.err.println("Fix the problems above; the browser shows them too, and the site appears after the first successful build.");
            }
            System.out.println("Serving " + outDir + " at " + server.url() + " (Ctrl+C to stop)");
            new FileWatcher(source.dir(), () -> rebuild(options, server)).run();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt(); // stopped
        }
        return 0;
    }

    /**
     * The headers of the project's deploy/hosting.yaml for every page (its Content-Security-Policy above all), so
     * serve shows what the host will; without that file, a policy as strict. No HSTS and no caching on localhost.
     */
    static Map<String, String> securityHeaders(Path sourceDir) {
        Map<String, String> headers = new LinkedHashMap<>();
        if (Files.isRegularFile(sourceDir.resolve("deploy/hosting.yaml"))) {
            try {
                headers.putAll(HostingRules.read(sourceDir).headersFor("/"));
            } catch (RuntimeException e) {
                System.err.println("warning: " + e.getMessage() + "; serving with the default policy.");
            }
        }
        headers.remove("Strict-Transport-Security");
        headers.remove("Cache-Control");
        headers.putIfAbsent("Content-Security-Policy", DevServer.DEFAULT_CSP);
        return headers;
    }

    /** Builds; on success the open pages reload, on failure they show the problems. */
    private static boolean rebuild(BuildOptions options, DevServer server) {
        BuildReport report = build(options);
        if (report == null) {
            server.reload();
            return true;
        }
        server.showProblems(report);
        return false;
    }

    /** Null when the build succeeded, else what went wrong (also printed). */
    private static BuildReport build(BuildOptions options) {
        try {
            var result = SiteBuilder.build(options, line -> {
                if (line.startsWith("warning: ")) {
                    System.err.println(line); // an edited text that needs a new version before it is published
                }
            });
            System.out.println(BuildCommand.summary(result, options.outDir()));
            return null;
        } catch (ContentException e) {
            System.err.print(ProblemFormat.TEXT.render(e.problems()));
            System.err.println(e.problems().size() + " problem(s); still serving the previous build.");
            return BuildReport.of(e);
        } catch (Exception | StackOverflowError e) {
            BuildReport report = BuildReport.of(e);
            System.err.print(ProblemFormat.TEXT.render(report.problems()));
            System.err.println("error: " + e + "; still serving the previous build.");
            return report;
        }
    }
}
