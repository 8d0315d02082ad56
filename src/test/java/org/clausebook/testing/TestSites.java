package org.clausebook.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Fixture sites for tests: a folder under src/test/resources/sites copied into a temporary project folder,
 * completed with the repository's real templates and content schema unless the fixture brings its own.
 */
public final class TestSites {
    public static final Path REPO = Paths.get("").toAbsolutePath();
    public static final Path FIXTURES = REPO.resolve("src/test/resources/sites");

    private TestSites() {
    }

    /** Copies fixture {@code name} into {@code dir}/project and returns that project folder. */
    public static Path project(String name, Path dir) {
        Path project = dir.resolve("project");
        copyTree(FIXTURES.resolve(name), project);
        completeWithRepo(project);
        return project;
    }

    /** Adds the repository's templates, schema and (if missing) assets to a project folder. */
    public static void completeWithRepo(Path project) {
        if (!Files.isDirectory(project.resolve("templates"))) {
            copyTree(REPO.resolve("templates"), project.resolve("templates"));
        }
        Path schema = project.resolve("content/schema/front-matter.schema.json");
        if (!Files.exists(schema)) {
            copyTree(REPO.resolve("content/schema"), project.resolve("content/schema"));
        }
        if (!Files.isDirectory(project.resolve("assets"))) {
            copyTree(REPO.resolve("assets"), project.resolve("assets"));
        }
    }

    /** The repository's templates, assets, schema and site configuration, as the frame of a generated project. */
    public static void copyProjectFrame(Path dir) {
        copyTree(REPO.resolve("templates"), dir.resolve("templates"));
        copyTree(REPO.resolve("assets"), dir.resolve("assets"));
        copyTree(REPO.resolve("content/schema"), dir.resolve("content/schema"));
        try {
            Files.copy(REPO.resolve("content/site.yaml"), dir.resolve("content/site.yaml"), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static void copyTree(Path from, Path to) {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path p : walk.sorted().toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.createDirectories(target.getParent());
                    Files.copy(p, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every file under {@code dir}, by relative path, with its bytes. */
    public static SortedMap<String, byte[]> readTree(Path dir) {
        SortedMap<String, byte[]> out = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                out.put(dir.relativize(p).toString().replace('\\', '/'), Files.readAllBytes(p));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /** Relative paths of the HTML files under {@code dir}. */
    public static List<String> htmlFiles(Path dir) {
        List<String> out = new ArrayList<>();
        readTree(dir).keySet().stream().filter(p -> p.endsWith(".html")).forEach(out::add);
        return out;
    }
}
