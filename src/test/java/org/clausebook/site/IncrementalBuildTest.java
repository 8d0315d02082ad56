package org.clausebook.site;

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
