package org.clausebook.site;

import org.clausebook.testing.TestSites;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What docs/content-format.md ("JBake header") and the README promise of JBake's {@code key=value … ~~~~~~} header:
 * a page and a translation written in it build, with JBake's title, status (published, draft), date (YYYY-MM-DD),
 * type and comma-separated tags. A field that needs a list or a group of fields is refused with the file, line and
 * field and the advice to use YAML: the case invalid/jbake-list-field of {@link InvalidInputsTest}.
 */
class JBakeHeaderTest {

    @Test
    void aPageAndATranslationInJBakeHeadersBuild(@TempDir Path tmp) throws Exception {
        Path project = TestSites.project("basic", tmp);
        TestSites.copyTree(TestSites.FIXTURES.resolve("jbake-header/overlay"), project);
        assertTrue(Files.readString(project.resolve("content/pages/about/en.md")).contains("\n~~~~~~\n"),
                "the basic fixture's about page is the JBake-style source file");
        Path out = tmp.resolve("public");
        SiteBuilder.build(new BuildOptions(project, out, false), line -> { });

        var en = Jsoup.parse(out.resolve("en/about/index.html").toFile(), "UTF-8");
        assertEquals("About this fixture", en.selectFirst("h1").text());
        assertTrue(en.text().contains("Show that JBake headers work."), "the body after ~~~~~~");
        var nl = Jsoup.parse(out.resolve("nl/about/index.html").toFile(), "UTF-8");
        assertEquals("Over deze fixture", nl.selectFirst("h1").text(), "the translation in a JBake header");
        assertTrue(nl.text().contains("Laat zien dat een vertaling met een JBake-kop werkt."));
        assertFalse(Files.exists(out.resolve("en/notes/index.html")), "status=draft is left out without --drafts");

        Path drafts = tmp.resolve("drafts");
        SiteBuilder.build(new BuildOptions(project, drafts, true), line -> { });
        assertEquals("Draft notes", Jsoup.parse(drafts.resolve("en/notes/index.html").toFile(), "UTF-8").selectFirst("h1").text());
    }
}
