package org.clausebook.security;

import org.clausebook.browser.NuHtmlChecker;
import org.clausebook.diagnostics.Problem;
import org.clausebook.site.BuildOptions;
import org.clausebook.site.SiteBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Hostile inputs too big, too deep or too broken to commit as files: made here, added to a valid fixture site, and
 * each either refused by {@code validate} with the file, line and a clear message, or built within a time bound.
 */
class GeneratedHostileInputTest {
    @org.junit.jupiter.api.AfterAll
    static void report() {
        HostileCases.print("generated hostile inputs");
    }

    private static final String ITEM = "content/criteria/generated/en.md";
    private static final Duration BOUND = Duration.ofSeconds(30);

    @TempDir
    Path dir;

    private FixtureProject project() {
        return FixtureProject.create(dir.resolve("project"));
    }

    private static List<Problem> validate(FixtureProject p) {
        return assertTimeoutPreemptively(BOUND, p::validate, "validate took longer than " + BOUND);
    }

    private static void assertOneProblem(List<Problem> problems, String file, int line, String field, String message) {
        String all = String.join("\n", problems.stream().map(Problem::format).toList());
        assertEquals(1, problems.size(), "expected exactly one problem, got:\n" + all);
        Problem p = problems.get(0);
        assertEquals(file, p.file(), all);
        assertEquals(line, p.line(), "line of: " + all);
        assertEquals(field, p.field(), "field of: " + all);
        assertTrue(p.message().contains(message), "message of: " + all + "\nshould contain: " + message);
        HostileCases.record("generated: " + file.substring(file.lastIndexOf('/') + 1) + " " + message, 1,
                "rejected: " + p.format());
    }

    // ---- enormous inputs

    @Test
    void aFileOverTheSizeLimitIsRefused() {
        FixtureProject p = project();
        String body = ("Padding paragraph to make the file enormous. ".repeat(20) + "\n\n").repeat(700);
        p.write(ITEM, FixtureProject.criterion("Enormous file", "", body));
        long size = p.dir().resolve(ITEM).toFile().length();
        assertTrue(size > 512 * 1024, "the generated file is only " + size + " bytes");
        assertOneProblem(validate(p), ITEM, 0, "", "the file is " + size + " bytes; the limit is 524288");
    }

    @Test
    void anAttachmentOverTheSizeLimitIsRefused() {
        FixtureProject p = project();
        p.write("content/criteria/base-criterion/annex.pdf", new byte[6 * 1024 * 1024]);
        assertOneProblem(validate(p), "content/criteria/base-criterion/annex.pdf", 0, "", "larger than 5 MB");
    }

    @Test
    void anEnormousTitleIsRefused() {
        FixtureProject p = project();
        p.write(ITEM, FixtureProject.criterion("A".repeat(100_000), "", "Body.\n"));
        assertOneProblem(validate(p), ITEM, 2, "title", "must be at most 160 characters long");
    }

    /** A single line of 450 KB (under the file limit) is no attack on the build: it renders, in bounded time. */
    @Test
    void anEnormousLineBuildsInBoundedTime() throws Exception {
        FixtureProject p = project();
        String line = "word ".repeat(90_000);
        p.write(ITEM, FixtureProject.criterion("Enormous line", "", line + "\n"));
        assertEquals(List.of(), validate(p));
        Path out = dir.resolve("out");
        assertTimeoutPreemptively(BOUND, () -> SiteBuilder.build(new BuildOptions(p.dir(), out, false), s -> {
        }));
        String html = Files.readString(out.resolve("en/criteria/generated/index.html"));
        assertTrue(html.contains(line.strip()), "the long line is not on the page");
        HostileCases.record("generated: enormous line (450 KB)", 1, "rendered as text, build within " + BOUND.toSeconds() + " s");
    }

    // ---- deep nesting

    @Test
    void aDeeplyNestedListIsRefused() {
        FixtureProject p = project();
        StringBuilder list = new StringBuilder();
        for (int depth = 0; depth < 60; depth++) {
            list.append("  ".repeat(depth)).append("- level ").append(depth).append('\n');
        }
        p.write(ITEM, FixtureProject.criterion("Deep list", "", list.toString()));
        List<Problem> problems = validate(p);
        String all = String.join("\n", problems.stream().map(Problem::format).toList());
        assertFalse(problems.isEmpty(), "a list nested 60 levels deep passed validate");
        assertTrue(problems.stream().allMatch(x -> x.file().equals(ITEM) && x.message().contains("nested more than 40 levels deep")), all);
        // The body starts at line 17; with two nodes per list level, depth 40 is passed at list level 20.
        assertEquals(36, problems.get(0).line(), all);
        HostileCases.record("generated: list nested 60 levels deep", 1, "rejected: " + problems.get(0).format());
    }

    @Test
    void deeplyNestedQuotesAreRefusedWithoutCrashing() {
        FixtureProject p = project();
        p.write(ITEM, FixtureProject.criterion("Deep quotes", "", ">".repeat(50_000) + " deep\n"));
        List<Problem> problems = validate(p);
        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).message().contains("nested"), problems.get(0).format());
        HostileCases.record("generated: 50,000 nested quotes", 1, "rejected: " + problems.get(0).format());
    }

    /**
     * Inputs known to make Markdown parsers quadratic or recursive (after the CommonMark pathological tests), each
     * about 100 KB: refused, or built (8 languages) within the bound.
     */
    @Test
    void pathologicalMarkdownIsRefusedOrBuiltInBoundedTime() throws Exception {
        List<String> bodies = List.of(
                "[".repeat(30_000) + "a" + "]".repeat(30_000),
                "*a **a ".repeat(15_000),
                "a_ ".repeat(30_000),
                "`a``".repeat(25_000),
                "[a](b".repeat(20_000),
                "- a\n  ".repeat(2_000),
                "<a".repeat(30_000),
                "![[]()".repeat(20_000),
                "a<!A ".repeat(20_000),
                "[x]: y\n".repeat(5_000) + "[x]".repeat(20_000),
                "~~a ~".repeat(20_000),
                "|a|b|\n|---|---|\n" + "|x|y|\n".repeat(15_000));
        for (int i = 0; i < bodies.size(); i++) {
            buildOrRefuse("pathological Markdown " + i + " (" + abbreviate(bodies.get(i)) + ")", bodies.get(i));
        }
    }

    /** Just under the limits on Markdown complexity, each of the quadratic cases still builds within the bound. */
    @Test
    void theWorstCasesUnderTheLimitsBuildInBoundedTime() throws Exception {
        assertEquals(List.of(), buildOrRefuse("248 unmatched backtick runs in a 15 KB paragraph",
                ("`a``" + "x".repeat(120)).repeat(124)));
        assertEquals(List.of(), buildOrRefuse("249 unclosed links in a 15 KB paragraph", ("[a](b " + "x".repeat(55)).repeat(249)));
        assertEquals(List.of(), buildOrRefuse("a table of 800 rows", "|a|b|\n|---|---|\n" + "|x|y|\n".repeat(798)));
        assertTrue(buildOrRefuse("the same paragraph of backtick runs twice", (("`a``" + "x".repeat(120)).repeat(124) + "\n\n").repeat(2))
                .get(0).message().contains("too heavy"), "the work of all paragraphs together is not bounded");
    }

    private List<Problem> buildOrRefuse(String what, String body) throws Exception {
        FixtureProject p = FixtureProject.create(dir.resolve("p" + Integer.toHexString(what.hashCode())));
        p.write(ITEM, FixtureProject.criterion("Pathological input", "", body + "\n"));
        long started = System.nanoTime();
        List<Problem> problems = validate(p);
        if (problems.isEmpty()) {
            Path out = dir.resolve("out" + Integer.toHexString(what.hashCode()));
            assertTimeoutPreemptively(BOUND, () -> SiteBuilder.build(new BuildOptions(p.dir(), out, false), s -> {
            }), what + ": the build took longer than " + BOUND);
        }
        HostileCases.record("generated: " + what, 1, (problems.isEmpty() ? "built" : "rejected: " + problems.get(0).format())
                + String.format(" (%.1f s)", (System.nanoTime() - started) / 1e9));
        return problems;
    }

    private static String abbreviate(String s) {
        String one = s.replace("\n", "\\n");
        return (one.length() > 24 ? one.substring(0, 24) + "…" : one) + ", " + s.length() / 1024 + " KB";
    }

    // ---- broken encodings

    @Test
    void invalidUtf8IsRefusedWithItsLine() throws IOException {
        byte[][] bad = {
                {(byte) 0xC3, (byte) 0x28},             // truncated two-byte sequence
                {(byte) 0xC0, (byte) 0xAF},             // overlong '/'
                {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, // UTF-16 surrogate
                {(byte) 0xFF, (byte) 0xFE},             // never valid
                "café".getBytes(StandardCharsets.ISO_8859_1)};
        for (byte[] sequence : bad) {
            FixtureProject p = FixtureProject.create(dir.resolve("utf" + Integer.toHexString(sequence[0] & 0xFF)));
            ByteArrayOutputStream file = new ByteArrayOutputStream();
            String text = FixtureProject.criterion("Broken encoding", "", "Line 17\n\nLine 19 ");
            file.write(text.getBytes(StandardCharsets.UTF_8));
            file.write(sequence);
            file.write("\nLine 21\n".getBytes(StandardCharsets.UTF_8));
            p.write(ITEM, file.toByteArray());
            assertOneProblem(validate(p), ITEM, 19, "", "not valid UTF-8");
        }
    }

    // ---- invisible and control characters

    /**
     * Control characters, bidirectional overrides, zero-width and line-separator characters, in the front matter
     * (directly and as YAML escapes) and in the body: refused, or built into pages that are still valid HTML.
     */
    @Test
    void controlAndInvisibleCharactersAreRefusedOrKeptValid() throws Exception {
        record Probe(String what, String title, String body, String refusal) {
        }
        String control = "control character or noncharacter ";
        List<Probe> probes = List.of(
                new Probe("C0 control characters in the body", "Control in body", "Bell \u0007 and backspace \u0008 here.\n",
                        "the file contains the " + control + "U+0007"),
                new Probe("NUL in the body", "NUL in body", "Null \u0000 here.\n", "the file contains the " + control + "U+0000"),
                new Probe("a C0 control character in the title", "Control \u0001 in title", "Body.\n",
                        "the file contains the " + control + "U+0001"),
                new Probe("YAML escapes for NUL and bell", "\"Escaped \\0 and \\a in title\"", "Body.\n",
                        "the value contains the " + control + "U+0000"),
                new Probe("YAML escapes for C1 controls", "\"Escaped \\x85 and \\x9B in title\"", "Body.\n",
                        "the value contains the " + control + "U+0085"),
                new Probe("noncharacters", "Nonchar \uFFFE and \uFDD0", "Body \uFFFF here.\n", "the file contains the " + control + "U+FFFE"),
                new Probe("bidirectional overrides and zero-width characters", "Right-to-left \u202Eevil\u202C and zero\u200Bwidth",
                        "Body with \u202E override, \u2066isolate\u2069, \u200D joiner and \uFEFF BOM.\n", null),
                new Probe("line and paragraph separators", "Separator \u2028 line \u2029 paragraph",
                        "Body \u2028 with \u2029 separators.\n", null));
        List<String> failures = new ArrayList<>();
        for (Probe probe : probes) {
            FixtureProject p = FixtureProject.create(dir.resolve("c" + Integer.toHexString(probe.what().hashCode())));
            p.write(ITEM, FixtureProject.criterion(probe.title(), "", probe.body()));
            List<Problem> problems = validate(p);
            if (probe.refusal() != null) {
                if (problems.size() != 1 || !problems.get(0).message().contains(probe.refusal())) {
                    failures.add(probe.what() + ": expected one problem '" + probe.refusal() + "', got " + problems);
                } else {
                    HostileCases.record("generated: " + probe.what(), 1, "rejected: " + problems.get(0).format());
                }
                continue;
            }
            if (!problems.isEmpty()) {
                failures.add(probe.what() + ": refused, though a page can show it: " + problems);
                continue;
            }
            Path out = dir.resolve("out-c" + Integer.toHexString(probe.what().hashCode()));
            SiteBuilder.build(new BuildOptions(p.dir(), out, false), s -> {
            });
            List<String> errors = new ArrayList<>();
            NuHtmlChecker checker = new NuHtmlChecker();
            for (String page : List.of("en/criteria/generated/index.html", "da/criteria/generated/index.html", "en/criteria/index.html", "en/index.html")) {
                checker.errors(page, Files.readAllBytes(out.resolve(page))).forEach(e -> errors.add(page + ":" + e));
            }
            if (errors.isEmpty()) {
                HostileCases.record("generated: " + probe.what(), 1, "built, every page valid HTML");
            } else {
                failures.add(probe.what() + " passed validate but made invalid HTML:\n" + String.join("\n", errors));
            }
        }
        assertTrue(failures.isEmpty(), String.join("\n", failures));
    }

    // ---- YAML bombs

    /** Jackson never expands aliases, so there is no bomb; validate refuses aliases outright, at the first one. */
    @Test
    void aBillionLaughsInFrontMatterIsRefused() {
        FixtureProject p = project();
        p.write(ITEM, FixtureProject.criterion("Billion laughs", billionLaughs(), "Body.\n"));
        assertOneProblem(validate(p), ITEM, 17, "", "the YAML front matter cannot be read: YAML aliases are not supported (*lol0)");
    }

    @Test
    void anAliasInAFieldIsRefusedNotReadAsItsName() {
        FixtureProject p = project();
        p.write(ITEM, FixtureProject.criterion("Alias", "type: &kind criterion\ntags: [*kind]\n", "Body.\n"));
        assertOneProblem(validate(p), ITEM, 17, "", "YAML aliases are not supported (*kind)");
    }

    /** content/site.yaml is read by the configuration loader: the bomb's keys are refused there, quickly. */
    @Test
    void aBillionLaughsInTheSiteConfigurationIsRefused() throws IOException {
        FixtureProject p = project();
        Path config = p.dir().resolve("content/site.yaml");
        Files.writeString(config, Files.readString(config) + billionLaughs().replace("lol", "x_lol"));
        List<Problem> problems = validate(p);
        assertFalse(problems.isEmpty(), "a billion laughs in content/site.yaml passed validate");
        assertEquals("content/site.yaml", problems.get(0).file(), problems.get(0).format());
        HostileCases.record("generated: billion laughs in content/site.yaml", 1, "rejected: " + problems.get(0).format());
    }

    @Test
    void deeplyNestedYamlIsRefused() {
        FixtureProject p = project();
        p.write(ITEM, FixtureProject.criterion("Deep YAML", "type: " + "[".repeat(10_000) + "]".repeat(10_000) + "\n", "Body.\n"));
        List<Problem> problems = validate(p);
        assertEquals(1, problems.size(), problems.toString());
        // Jackson's nesting limit reports no location, so the problem points at the start of the front matter.
        assertEquals(2, problems.get(0).line(), problems.get(0).format());
        assertTrue(problems.get(0).message().contains("cannot be read") && problems.get(0).message().contains("nesting depth"),
                problems.get(0).format());
        HostileCases.record("generated: 10,000 nested YAML lists", 1, "rejected: " + problems.get(0).format());
    }

    private static String billionLaughs() {
        StringBuilder yaml = new StringBuilder("lol0: &lol0 \"lol\"\n");
        for (int i = 1; i <= 9; i++) {
            yaml.append("lol").append(i).append(": &lol").append(i).append(" [");
            for (int j = 0; j < 10; j++) {
                yaml.append(j == 0 ? "" : ", ").append("*lol").append(i - 1);
            }
            yaml.append("]\n");
        }
        return yaml.toString();
    }

    // ---- symbolic links

    @Test
    void aSymlinkedItemFileIsRefused() throws IOException {
        FixtureProject p = project();
        Path secret = secret("secret.md", FixtureProject.criterion("Secret from outside", "", "Secret body.\n"));
        Files.createDirectories(p.dir().resolve("content/criteria/linked"));
        Files.createSymbolicLink(p.dir().resolve("content/criteria/linked/en.md"), secret);
        assertOneProblem(validate(p), "content/criteria/linked/en.md", 0, "", "symbolic links are not accepted");
    }

    @Test
    void aSymlinkedAttachmentIsRefused() throws IOException {
        FixtureProject p = project();
        Files.createSymbolicLink(p.dir().resolve("content/criteria/base-criterion/passwd.pdf"), secret("passwd", "root:x:0:0"));
        assertOneProblem(validate(p), "content/criteria/base-criterion/passwd.pdf", 0, "", "symbolic links are not accepted");
    }

    @Test
    void aSymlinkedItemFolderIsRefused() throws IOException {
        FixtureProject p = project();
        Path outside = dir.resolve("outside-item");
        Files.createDirectories(outside);
        Files.writeString(outside.resolve("en.md"), FixtureProject.criterion("Item from outside", "", "Body.\n"));
        Files.write(outside.resolve("private.pdf"), "%PDF-1.4 private".getBytes(StandardCharsets.UTF_8));
        Files.createSymbolicLink(p.dir().resolve("content/criteria/outside"), outside);
        assertOneProblem(validate(p), "content/criteria/outside", 0, "", "symbolic links are not accepted");
    }

    @Test
    void aSymlinkedSectionFolderIsRefused() throws IOException {
        FixtureProject p = project();
        Path outside = dir.resolve("outside-section/leak");
        Files.createDirectories(outside);
        Files.writeString(outside.resolve("en.md"), FixtureProject.criterion("Section from outside", "", "Body.\n")
                .replace("ambition: core\n", "").replace("stages: [award]\n", "").replace("product_groups: [laptops]\n", "")
                .replace("lifecycle: [use]\n", "").replace("tender_text: The tenderer shall repair every device.\n", "")
                .replace("verification: The tenderer submits its repair procedure.\n", ""));
        Files.createSymbolicLink(p.dir().resolve("content/practices"), outside.getParent());
        assertOneProblem(validate(p), "content/practices", 0, "", "symbolic links are not accepted");
    }

    @Test
    void aSymlinkedHistoryFolderIsRefused() throws IOException {
        FixtureProject p = project();
        Path history = p.dir().resolve("content/criteria/base-criterion/history");
        Path outside = dir.resolve("outside-history");
        Files.move(history, outside);
        Files.createSymbolicLink(history, outside);
        assertOneProblem(validate(p), "content/criteria/base-criterion/history", 0, "", "symbolic links are not accepted");
    }

    private Path secret(String name, String text) throws IOException {
        Path file = dir.resolve("outside-" + name);
        Files.writeString(file, text);
        return file;
    }
}
