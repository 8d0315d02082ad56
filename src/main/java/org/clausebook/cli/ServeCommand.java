package org.clausebook.cli;

import org.clausebook.config.ConfigLoader;
import org.clausebook.diagnostics.ContentException;
import org.clausebook.render.UrlScheme;
import org.clausebook.diagnostics.ProblemFormat;
import org.clausebook.site.BuildOptions;
import org.clausebook.site.Incremental;
import org.clausebook.site.SiteBuilder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import org.clausebook.deploy.HostingRules;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
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
        Incremental kept = new Incremental();
        try (DevServer server = DevServer.start(outDir, port, securityHeaders(source.dir()), basePath(source.dir()))) {
            if (!rebuild(options, kept, server)) {
                System.err.println("Fix the problems above; the browser shows them too, and the site appears after the first successful build.");
            }
            System.out.println("Serving " + outDir + " at " + server.url() + " (Ctrl+C to stop)");
            new FileWatcher(source.dir(), () -> rebuild(options, kept, server)).run();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt(); // stopped
        }
        return 0;
    }

    /** The path of base_url ({@code /} at a domain's root), so that serve puts the site where its links expect it. */
    static String basePath(Path sourceDir) {
        try {
            return new UrlScheme(ConfigLoader.load(sourceDir)).root();
        } catch (ContentException | RuntimeException e) {
            return "/"; // a broken site.yaml: the first build reports it, in the terminal and the browser
        }
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

    /**
     * Builds, reusing what did not change since the last build; on success the open pages reload, on failure they
     * show the problems. Logs each stage's time and how long from the start of the build to the reload message.
     */
    private static boolean rebuild(BuildOptions options, Incremental kept, DevServer server) {
        long start = System.nanoTime();
        BuildReport report = build(options, kept);
        if (report == null) {
            server.reload();
            System.out.printf(Locale.ROOT, "  reload sent %d ms after the build started%n", (System.nanoTime() - start) / 1_000_000);
            return true;
        }
        server.showProblems(report);
        return false;
    }

    /** Null when the build succeeded, else what went wrong (also printed). */
    private static BuildReport build(BuildOptions options, Incremental kept) {
        try {
            var result = SiteBuilder.build(options, line -> {
                if (line.startsWith("warning: ")) {
                    System.err.println(line); // an edited text that needs a new version before it is published
                } else {
                    System.out.println(line); // stage times, and what was made and reused
                }
            }, kept);
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
