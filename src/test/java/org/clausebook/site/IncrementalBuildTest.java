package org.clausebook.site;

import org.clausebook.diagnostics.ContentException;
import org.clausebook.diagnostics.Problem;
import org.clausebook.testing.TestSites;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SortedMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * serve's incremental rebuild makes exactly what a full build makes, while rendering only the pages an edit
 * touches. The views are compared by value: a rebuild with no change renders no page at all, although every view
 * is made anew from freshly loaded content (an identity-based equals anywhere in a view would re-render its page).
 */
class IncrementalBuildTest {

    @Test
    void aChangedClauseRebuildsABoundedSetAndTheOutputEqualsAFullBuild(@TempDir Path tmp) throws Exception {
        Path project = TestSites.project("basic", tmp);
        Path served = tmp.resolve("served");
        BuildOptions serve = new BuildOptions(project, served, false).asPreview();
        Incremental kept = new Incremental();

        BuildResult first = SiteBuilder.build(serve, line -> { }, kept);
        assertEquals(first.pages(), kept.pageCounts().computed(), "the first build renders every page");

        SiteBuilder.build(serve, line -> { }, kept);
        assertEquals(0, kept.pageCounts().computed(), "nothing changed, nothing rendered: views compare by value");
        assertEquals(first.pages(), kept.pageCounts().reused());

        Path clause = project.resolve("content/clauses/sample-clause/en.md");
        Files.writeString(clause, Files.readString(clause).replace("A model text.", "A model text, now edited."));
        BuildResult second = SiteBuilder.build(serve, line -> { }, kept);
        int rendered = kept.pageCounts().computed();
        System.out.println("IncrementalBuildTest: one clause edited, " + rendered + " of " + second.pages()
                + " pages rendered again (" + kept.summary().strip() + ")");
        assertTrue(rendered > 0, "the clause's pages are rendered again");
        assertTrue(rendered <= 12, "only the pages that show the clause's body: " + rendered + " of " + second.pages());

        Path fresh = tmp.resolve("fresh");
        SiteBuilder.build(new BuildOptions(project, fresh, false).asPreview(), line -> { });
        assertSameFiles(TestSites.readTree(fresh), TestSites.readTree(served));
    }

    @Test
    void aTemplateChangeRendersEveryPageAgain(@TempDir Path tmp) throws Exception {
        Path project = TestSites.project("basic", tmp);
        BuildOptions serve = new BuildOptions(project, tmp.resolve("served"), false).asPreview();
        Incremental kept = new Incremental();
        BuildResult first = SiteBuilder.build(serve, line -> { }, kept);
        Path footer = project.resolve("templates/404.ftlh");
        Files.writeString(footer, Files.readString(footer) + "\n<#-- edited -->\n");
        SiteBuilder.build(serve, line -> { }, kept);
        assertEquals(first.pages(), kept.pageCounts().computed(), "the templates changed: nothing kept is trusted");
    }

    @Test
    void aRemovedItemLeavesNoFileBehind(@TempDir Path tmp) throws Exception {
        Path project = TestSites.project("basic", tmp);
        Path served = tmp.resolve("served");
        BuildOptions serve = new BuildOptions(project, served, false).asPreview();
        Incremental kept = new Incremental();
        SiteBuilder.build(serve, line -> { }, kept);
        OutputSet.deleteTree(project.resolve("content/practices/sample-practice"));
        SiteBuilder.build(serve, line -> { }, kept);
        Path fresh = tmp.resolve("fresh");
        SiteBuilder.build(new BuildOptions(project, fresh, false).asPreview(), line -> { });
        assertSameFiles(TestSites.readTree(fresh), TestSites.readTree(served));
    }

    @Test
    void problemsInFrontMatterAndMarkdownAreThoseOfAFreshCheckAndFixingThemGivesAFullBuild(@TempDir Path tmp) throws Exception {
        Path project = TestSites.project("basic", tmp);
        Path served = tmp.resolve("served");
        BuildOptions serve = new BuildOptions(project, served, false).asPreview();
        Incremental kept = new Incremental();
        SiteBuilder.build(serve, line -> { }, kept);

        Path clause = project.resolve("content/clauses/sample-clause/en.md");
        Path practice = project.resolve("content/practices/sample-practice/en.md");
        String clauseText = Files.readString(clause);
        String practiceText = Files.readString(practice);
        Files.writeString(clause, clauseText.replace("ambition: core\n", "ambition: core\ncolour: red\n"));
        Files.writeString(practice, practiceText + "\nSee [a missing item](item:no-such-item).\n");
        List<Problem> served1 = servedProblems(serve, kept);
        assertEquals(freshProblems(project), served1, "the same problems as a check from scratch");
        assertTrue(served1.stream().anyMatch(p -> p.file().endsWith("sample-clause/en.md")), served1.toString());
        assertTrue(served1.stream().anyMatch(p -> p.file().endsWith("sample-practice/en.md")), served1.toString());

        Files.writeString(clause, clauseText);
        assertEquals(freshProblems(project), servedProblems(serve, kept), "the practice's link is still reported");
        Files.writeString(practice, practiceText);
        SiteBuilder.build(serve, line -> { }, kept);
        assertSameAsFullBuild(project, served, tmp.resolve("fresh"));
    }

    @Test
    void aFileThatCannotBeReadIsReportedUntilItIsFixed(@TempDir Path tmp) throws Exception {
        Path project = TestSites.project("basic", tmp);
        Path served = tmp.resolve("served");
        BuildOptions serve = new BuildOptions(project, served, false).asPreview();
        Incremental kept = new Incremental();
        SiteBuilder.build(serve, line -> { }, kept);

        Path translation = project.resolve("content/criteria/sample-warranty/de.md");
        String text = Files.readString(translation);
        Files.writeString(translation, text.replace("Garantien halten", "Garantien\u0007 halten"));
        List<Problem> served1 = servedProblems(serve, kept);
        assertEquals(freshProblems(project), served1);
        Files.write(translation, new byte[] {'-', '-', '-', '\n', (byte) 0xC3, '\n'});
        assertEquals(freshProblems(project), servedProblems(serve, kept), "not UTF-8: the file is read again");
        assertEquals(freshProblems(project), servedProblems(serve, kept), "nothing changed, the same problems");
        Files.writeString(translation, text);
        SiteBuilder.build(serve, line -> { }, kept);
        assertSameAsFullBuild(project, served, tmp.resolve("fresh"));
    }

    @Test
    void addedRemovedAndTranslatedFilesGiveWhatAFullBuildGives(@TempDir Path tmp) throws Exception {
        Path project = TestSites.project("basic", tmp);
        Path served = tmp.resolve("served");
        BuildOptions serve = new BuildOptions(project, served, false).asPreview();
        Incremental kept = new Incremental();
        SiteBuilder.build(serve, line -> { }, kept);

        Path translation = project.resolve("content/criteria/sample-warranty/de.md");
        Files.writeString(translation, Files.readString(translation).replace("Garantien halten Geräte in Gebrauch.",
                "Garantien halten Geräte länger in Gebrauch."));
        SiteBuilder.build(serve, line -> { }, kept);
        assertSameAsFullBuild(project, served, tmp.resolve("fresh1"));

        // A new item, linked from an existing one's body: the renderer's cached links must follow.
        Path added = project.resolve("content/practices/second-practice/en.md");
        Files.createDirectories(added.getParent());
        Files.writeString(added, Files.readString(project.resolve("content/practices/sample-practice/en.md"))
                .replace("title: Sample practice", "title: Second practice"));
        Path practice = project.resolve("content/practices/sample-practice/en.md");
        Files.writeString(practice, Files.readString(practice) + "\nSee [the second](item:second-practice).\n");
        SiteBuilder.build(serve, line -> { }, kept);
        assertSameAsFullBuild(project, served, tmp.resolve("fresh2"));

        // The linked item goes away: the unchanged body's link is now dangling, as a check from scratch says.
        OutputSet.deleteTree(added.getParent());
        assertEquals(freshProblems(project), servedProblems(serve, kept));
        Files.writeString(practice, Files.readString(practice).replace("\nSee [the second](item:second-practice).\n", ""));
        Files.delete(project.resolve("content/criteria/sample-warranty/nl.md"));
        SiteBuilder.build(serve, line -> { }, kept);
        assertSameAsFullBuild(project, served, tmp.resolve("fresh3"));
    }

    @Test
    void anItemMovedToAnotherSectionIsLinkedAtItsNewAddressFromUnchangedTexts(@TempDir Path tmp) throws Exception {
        Path project = TestSites.project("basic", tmp);
        Path served = tmp.resolve("served");
        BuildOptions serve = new BuildOptions(project, served, false).asPreview();
        Incremental kept = new Incremental();
        Path practice = project.resolve("content/practices/sample-practice/en.md");
        Files.writeString(practice, Files.readString(practice) + "\nSee [the clause](item:sample-clause).\n");
        SiteBuilder.build(serve, line -> { }, kept);

        Path clause = project.resolve("content/clauses/sample-clause");
        Path moved = project.resolve("content/criteria/sample-clause");
        Files.move(clause, moved);
        Path text = moved.resolve("en.md");
        Files.writeString(text, Files.readString(text).replace("tender_text: |", "verification: |\n  Check it.\ntender_text: |"));
        SiteBuilder.build(serve, line -> { }, kept);
        assertSameAsFullBuild(project, served, tmp.resolve("fresh"));
    }

    private static List<Problem> servedProblems(BuildOptions serve, Incremental kept) {
        ContentException e = assertThrows(ContentException.class, () -> SiteBuilder.build(serve, line -> { }, kept));
        return e.problems();
    }

    /** What a check from scratch with serve's options reports (serve shows drafts' absence and edited texts alike). */
    private static List<Problem> freshProblems(Path project) throws Exception {
        String assets = Assets.read(project.resolve("assets")).dir();
        ContentException e = assertThrows(ContentException.class, () -> SiteBuilder.check(project, false, assets, true));
        return e.problems();
    }

    private static void assertSameAsFullBuild(Path project, Path served, Path fresh) throws Exception {
        SiteBuilder.build(new BuildOptions(project, fresh, false).asPreview(), line -> { });
        assertSameFiles(TestSites.readTree(fresh), TestSites.readTree(served));
    }

    private static void assertSameFiles(SortedMap<String, byte[]> expected, SortedMap<String, byte[]> actual) {
        assertEquals(expected.keySet(), actual.keySet(), "the same files");
        List<String> differ = new ArrayList<>();
        expected.forEach((path, bytes) -> {
            if (!Arrays.equals(bytes, actual.get(path))) {
                differ.add(path);
            }
        });
        if (!differ.isEmpty()) {
            fail("files differ from a full build: " + differ);
        }
    }
}
