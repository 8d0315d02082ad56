package org.clausebook.browser;

import org.clausebook.diagnostics.ContentException;
import org.clausebook.diagnostics.Problem;
import org.clausebook.site.BuildOptions;
import org.clausebook.site.SiteBuilder;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The real site (content/, templates/ and assets/ of this repository), built once per test JVM into a temporary
 * folder and shared by every check of the built output. Page counts are always read from the output, never assumed.
 */
public final class BuiltSite {
    /** The repository root: Maven runs tests there. */
    public static final Path REPO = Path.of("").toAbsolutePath();

    private static BuiltSite shared;

    private final Path root;
    private final List<String> htmlPages;
    private final List<String> languages;

    private BuiltSite(Path root) throws IOException {
        this.root = root;
        try (Stream<Path> walk = Files.walk(root)) {
            this.htmlPages = walk.filter(p -> p.toString().endsWith(".html")).map(this::relative).sorted().toList();
        }
        try (Stream<Path> dirs = Files.list(root)) {
            this.languages = dirs.filter(p -> Files.isRegularFile(p.resolve("index.html")))
                    .map(p -> p.getFileName().toString()).filter(n -> n.matches("[a-z]{2}")).sorted().toList();
        }
    }

    /** Builds the repository's site on first use; later calls get the same output. */
    public static synchronized BuiltSite get() {
        if (shared == null) {
            shared = build(REPO);
        }
        return shared;
    }

    /** Builds the project folder {@code sourceDir} into a fresh temporary folder that is deleted when the JVM exits. */
    public static BuiltSite build(Path sourceDir) {
        try {
            Path out = Files.createTempDirectory("clausebook-site-").resolve("site");
            deleteOnExit(out.getParent());
            SiteBuilder.build(new BuildOptions(sourceDir, out, false), line -> {
            });
            return new BuiltSite(out);
        } catch (ContentException e) {
            throw new IllegalStateException("the site does not build:\n" + e.problems().stream().map(Problem::format)
                    .collect(Collectors.joining("\n")), e);
        } catch (Exception e) {
            throw new IllegalStateException("the site does not build: " + e, e);
        }
    }

    public Path root() {
        return root;
    }

    /** Every HTML file of the output, relative to its root with forward slashes ({@code en/criteria/index.html}). */
    public List<String> htmlPages() {
        return htmlPages;
    }

    /** The language folders of the output, from the output itself. */
    public List<String> languages() {
        return languages;
    }

    /** The URL path of an output file: {@code en/criteria/index.html} is {@code /en/criteria/}. */
    public static String urlPath(String file) {
        return "/" + (file.endsWith("index.html") ? file.substring(0, file.length() - "index.html".length()) : file);
    }

    public String read(String file) {
        try {
            return Files.readString(root.resolve(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public boolean exists(String file) {
        return Files.isRegularFile(root.resolve(file));
    }

    private String relative(Path p) {
        return root.relativize(p).toString().replace('\\', '/');
    }

    private static void deleteOnExit(Path dir) {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try (Stream<Path> walk = Files.walk(dir)) {
                walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException ignored) {
                // best effort: it is a temporary folder
            }
        }));
    }
}
