package org.clausebook.site;

import org.clausebook.testing.Golden;
import org.clausebook.testing.TestSites;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Builds the basic fixture site once and checks its pages, whole (golden files) and by behaviour. */
class BasicSiteTest {
    @TempDir
    static Path tmp;
    static Path out;
    static BuildResult result;

    @BeforeAll
    static void build() throws Exception {
        Path project = TestSites.project("basic", tmp);
        out = tmp.resolve("public");
        result = SiteBuilder.build(new BuildOptions(project, out, false), line -> { });
    }

    @ParameterizedTest(name = "{0} matches its golden file")
    @ValueSource(strings = {
            "en/index.html",
            "en/criteria/sample-warranty/index.html",
            "nl/criteria/sample-warranty/index.html",
            "de/criteria/sample-warranty/index.html",
            "en/criteria/sample-warranty/1.0/index.html",
            "nl/portraits/sample-city/index.html",
            "de/portraits/sample-city/index.html",
            "en/criteria/index.html",
            "en/stages/award/index.html",
            "en/about/index.html",
            "index.html",
            "sitemap.xml",
            "nl/feed.xml",
    })
    void pageMatchesGoldenFile(String page) throws IOException {
        Golden.assertMatches("basic/" + page, Files.readString(out.resolve(page), StandardCharsets.UTF_8));
    }

    @Test
    void everyItemExistsInEveryLanguageTree() {
        for (String lang : List.of("en", "nl", "de")) {
            for (String item : List.of("criteria/sample-warranty", "clauses/sample-clause", "portraits/sample-city",
                    "practices/sample-practice", "initiatives/sample-initiative", "about")) {
                assertTrue(Files.isRegularFile(out.resolve(lang + "/" + item + "/index.html")), lang + "/" + item);
            }
        }
    }

    @Test
    void aMissingTranslationShowsTheSourceTextMarkedWithItsLanguage() throws IOException {
        Document de = Jsoup.parse(out.resolve("de/clauses/sample-clause/index.html").toFile());
        assertEquals("de", de.selectFirst("html").attr("lang"));
        assertEquals("en", de.selectFirst("h1").attr("lang"));
        assertTrue(de.selectFirst(".notice").text().contains("(English)"), de.selectFirst(".notice").text());
        assertEquals("en", de.selectFirst("#tender-text").attr("lang"));
    }

    @Test
    void anOutdatedTranslationSaysWhichVersionItFollows() throws IOException {
        Document de = Jsoup.parse(out.resolve("de/criteria/sample-warranty/index.html").toFile());
        String notices = de.select(".notice").text();
        assertTrue(notices.contains("1.0") && notices.contains("2.0"), notices);
    }

    @Test
    void theLanguageSwitcherStaysOnTheSameItem() throws IOException {
        Document nl = Jsoup.parse(out.resolve("nl/criteria/sample-warranty/1.0/index.html").toFile());
        List<String> hrefs = nl.select("nav.languages a").eachAttr("href");
        assertEquals(List.of("/en/criteria/sample-warranty/1.0/", "/nl/criteria/sample-warranty/1.0/",
                "/de/criteria/sample-warranty/1.0/"), hrefs);
        assertEquals(3, nl.select("link[rel=alternate][hreflang]").size());
    }

    @Test
    void itemsLinkBackToThePortraitsThatUseThem() throws IOException {
        Document en = Jsoup.parse(out.resolve("en/criteria/sample-warranty/index.html").toFile());
        assertEquals("/en/portraits/sample-city/", en.selectFirst("#used-by + ul a").attr("href"));
        assertTrue(en.selectFirst("#used-by + ul").text().contains("1.0"));
    }

    @Test
    void headingsInContributedTextGetAnchors() throws IOException {
        Document en = Jsoup.parse(out.resolve("en/clauses/sample-clause/index.html").toFile());
        assertEquals("notes", en.selectFirst(".prose h2").id());
    }

    @Test
    void theSchemaFeedsAndRobotsArePublished() {
        assertTrue(Files.isRegularFile(out.resolve("schema/front-matter.schema.json")));
        assertTrue(Files.isRegularFile(out.resolve("robots.txt")));
        for (String lang : List.of("en", "nl", "de")) {
            assertTrue(Files.isRegularFile(out.resolve(lang + "/feed.xml")), lang);
            assertTrue(Files.isRegularFile(out.resolve(lang + "/404.html")), lang);
        }
        assertTrue(Files.isRegularFile(out.resolve("404.html")));
    }

    @Test
    void draftsAreLeftOutAndNoStagingFoldersRemain() throws IOException {
        assertFalse(Files.exists(tmp.resolve(".public.staging")));
        assertFalse(Files.exists(tmp.resolve(".public.old")));
        assertTrue(result.pages() > 50, "pages: " + result.pages());
    }
}
