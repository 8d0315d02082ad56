package org.clausebook.versions;

import org.clausebook.content.CitableText;
import org.clausebook.diagnostics.ContentException;
import org.clausebook.site.SiteBuilder;
import org.clausebook.testing.Cli;
import org.clausebook.testing.TestSites;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Releasing versions on the basic fixture, kept in git as a contributor's clone is: {@code bump} freezes the released
 * files, raises the version and records the change with the new text's hash; translations stay as they were;
 * {@code validate} refuses an edited text that kept its version.
 */
class BumpTest {
    private static final String ITEM = "content/criteria/sample-warranty/";

    private static Path committedProject(Path tmp) throws Exception {
        Path project = TestSites.project("basic", tmp.resolve("p"));
        git(project, "init", "-q");
        git(project, "add", "-A");
        git(project, "-c", "user.name=Test", "-c", "user.email=test@example.org", "commit", "-q", "-m", "fixture");
        return project;
    }

    private static void git(Path dir, String... args) throws Exception {
        List<String> command = new java.util.ArrayList<>(List.of("git", "-C", dir.toString()));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).inheritIO().start();
        assertEquals(0, p.waitFor(), "git " + String.join(" ", args));
    }

    private static String hashOf(String fileText) {
        CitableText c = CitableText.read(fileText).orElseThrow();
        return TextHash.of(c.tenderText(), c.verification(), c.body());
    }

    private static void edit(Path file, String from, String to) throws IOException {
        String text = Files.readString(file);
        assertTrue(text.contains(from), file + " does not contain " + from);
        Files.writeString(file, text.replace(from, to));
    }

    @Test
    void bumpFreezesTheReleasedFilesRaisesTheVersionAndLeavesTranslationsAlone(@TempDir Path tmp) throws Exception {
        Path project = committedProject(tmp);
        String released = Files.readString(project.resolve(ITEM + "en.md"));
        String nl = Files.readString(project.resolve(ITEM + "nl.md"));
        String de = Files.readString(project.resolve(ITEM + "de.md"));
        edit(project.resolve(ITEM + "en.md"), "a warranty of at least [3] years.", "a warranty of at least [4] years.");

        var run = Cli.run("bump", "criteria/sample-warranty", "--note", "Minimum raised to [4] years.", "--date", "2026-12-04",
                "--source", Cli.path(project));
        assertEquals(0, run.exit(), run.out() + run.err());
        assertTrue(run.out().startsWith("sample-warranty: 2.0 → 2.1  (sample-warranty@2.1#"), run.out());

        assertEquals(released, Files.readString(project.resolve(ITEM + "history/2.0.en.md")), "the released English text is frozen as it was");
        assertEquals(nl, Files.readString(project.resolve(ITEM + "history/2.0.nl.md")), "the Dutch text of 2.0 is frozen too");
        assertEquals(nl, Files.readString(project.resolve(ITEM + "nl.md")), "the Dutch translation is untouched");
        assertEquals(de, Files.readString(project.resolve(ITEM + "de.md")), "the German translation (of 1.0) is untouched");
        assertFalse(Files.exists(project.resolve(ITEM + "history/2.0.de.md")), "German follows 1.0, which is frozen already");

        String en = Files.readString(project.resolve(ITEM + "en.md"));
        String hash = hashOf(en);
        assertTrue(en.contains("at least [4] years."));
        assertTrue(en.contains("\nversion: \"2.1\"\ndate: 2026-12-04\n"), en);
        assertTrue(en.contains("changes:\n  - version: \"2.1\"\n    date: 2026-12-04\n    note: \"Minimum raised to [4] years.\"\n"
                + "    hash: " + hash + "\n  - version: \"2.0\"\n"), en);
        SiteBuilder.check(project, true, "check");
    }

    @Test
    void majorRaisesTheFirstNumber(@TempDir Path tmp) throws Exception {
        Path project = committedProject(tmp);
        var run = Cli.run("bump", "criteria/sample-warranty", "--major", "--note", "Scoring replaced.", "--source", Cli.path(project));
        assertEquals(0, run.exit(), run.out());
        assertTrue(Files.readString(project.resolve(ITEM + "en.md")).contains("\nversion: \"3.0\"\n"));
        assertTrue(Files.exists(project.resolve(ITEM + "history/2.0.en.md")));
    }

    @Test
    void anEditedTextThatKeptItsVersionIsRefusedWithTheFix(@TempDir Path tmp) throws Exception {
        Path project = TestSites.project("basic", tmp);
        edit(project.resolve(ITEM + "en.md"), "a warranty of at least [3] years.", "a warranty of at least [4] years.");
        ContentException e = assertThrows(ContentException.class, () -> SiteBuilder.check(project, false, "check"));
        assertEquals(1, e.problems().size(), e.problems().toString());
        String now = TextHash.shortForm(hashOf(Files.readString(project.resolve(ITEM + "en.md"))));
        assertEquals("content/criteria/sample-warranty/en.md:17: changes[0].hash: the text changed but the version did not: "
                        + "version 2.0 was released with hash 3cba89, the tender text, verification and body now hash to " + now
                        + ". A buyer citing sample-warranty@2.0 would find a different text. Fix: release a new version: clausebook bump "
                        + "criteria/sample-warranty --note \"what changed\" (add --major when what a buyer asks for changes). For a correction "
                        + "that changes no meaning (a typo), keep the version: clausebook lock criteria/sample-warranty.",
                e.problems().get(0).format());
    }

    @Test
    void lockKeepsTheVersionAndRecordsTheCorrectedText(@TempDir Path tmp) throws Exception {
        Path project = TestSites.project("basic", tmp);
        edit(project.resolve(ITEM + "en.md"), "warranty terms.", "warranty terms");
        var run = Cli.run("lock", "criteria/sample-warranty", "--source", Cli.path(project));
        assertEquals(0, run.exit(), run.out());
        String en = Files.readString(project.resolve(ITEM + "en.md"));
        assertTrue(en.contains("\nversion: \"2.0\"\n"), en);
        assertFalse(Files.exists(project.resolve(ITEM + "history/2.0.en.md")));
        SiteBuilder.check(project, false, "check");
    }

    @Test
    void withoutTheReleasedTextBumpRefusesInsteadOfFreezingTheEditedOne(@TempDir Path tmp) throws Exception {
        Path project = TestSites.project("basic", tmp); // not in git: the released text is nowhere
        edit(project.resolve(ITEM + "en.md"), "a warranty of at least [3] years.", "a warranty of at least [4] years.");
        ContentException e = assertThrows(ContentException.class, () -> Bump.bump(project, "criteria/sample-warranty", "Raised.",
                false, java.time.LocalDate.of(2026, 12, 4), path -> Optional.empty()));
        assertTrue(e.problems().get(0).format().contains("is neither in the file nor in its last commit"), e.problems().toString());
        assertFalse(Files.exists(project.resolve(ITEM + "history/2.0.en.md")), "nothing was written");
    }
}
