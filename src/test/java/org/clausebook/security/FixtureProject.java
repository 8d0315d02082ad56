package org.clausebook.security;

import org.clausebook.diagnostics.ContentException;
import org.clausebook.diagnostics.Problem;
import org.clausebook.site.SiteBuilder;
import org.clausebook.testing.TestSites;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A small project folder for tests: the repository's real templates/, assets/, content/site.yaml and content
 * schema, the harmless base content of src/test/resources/hostile/_base, and whatever a test adds on top.
 */
public final class FixtureProject {
    public static final Path REPO = Path.of("").toAbsolutePath();
    public static final Path HOSTILE = REPO.resolve("src/test/resources/hostile");
    /** The one valid item every fixture starts with: a criterion in English only, with a frozen version 1.0. */
    public static final String BASE_ITEM = "base-criterion";

    private final Path dir;

    private FixtureProject(Path dir) {
        this.dir = dir;
    }

    /** A fresh project in {@code dir}: real templates, assets, site configuration and schema, plus the base content. */
    public static FixtureProject create(Path dir) {
        TestSites.copyProjectFrame(dir);
        TestSites.copyTree(HOSTILE.resolve("_base"), dir);
        return new FixtureProject(dir);
    }

    public Path dir() {
        return dir;
    }

    /** Copies the files of {@code overlay} (a folder that holds content/...) over the project. */
    public FixtureProject overlay(Path overlay) {
        Path content = overlay.resolve("content");
        if (Files.isDirectory(content)) {
            TestSites.copyTree(content, dir.resolve("content"));
        }
        return this;
    }

    /** Writes {@code bytes} at {@code relPath} (e.g. content/criteria/x/en.md), creating folders. */
    public Path write(String relPath, byte[] bytes) {
        try {
            Path file = dir.resolve(relPath);
            Files.createDirectories(file.getParent());
            return Files.write(file, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Path write(String relPath, String text) {
        return write(relPath, text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    /** What {@code clausebook validate} reports for the project: empty when it passes. */
    public List<Problem> validate() {
        try {
            SiteBuilder.check(dir, true, "check");
            return List.of();
        } catch (ContentException e) {
            return e.problems();
        }
    }

    /** A valid criterion's front matter with {@code extra} lines appended and {@code body} below. */
    public static String criterion(String title, String extra, String body) {
        return "---\n"
                + "title: " + title + "\n"
                + "summary: A criterion written by a test to probe how hostile input is handled.\n"
                + "version: \"1.0\"\n"
                + "date: 2026-02-01\n"
                + "status: published\n"
                + "ambition: core\n"
                + "stages: [award]\n"
                + "product_groups: [laptops]\n"
                + "lifecycle: [use]\n"
                + "sources:\n"
                + "  - title: Test fixture\n"
                + "    publisher: Clausebook tests\n"
                + "tender_text: The tenderer shall repair every device.\n"
                + "verification: The tenderer submits its repair procedure.\n"
                + extra
                + "---\n"
                + body;
    }

}
