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
            "en/criteria/sample-warranty/history/index.html",
            "de/criteria/sample-warranty/history/index.html",
            "en/criteria/sample-warranty/diff/1.0/2.0/index.html",
            "de/criteria/sample-warranty/diff/1.0/2.0/index.html",
            "de/translations/index.html",
            "api/translations.json",
            "en/criteria/sample-warranty/feed.xml",
            "en/clauses/sample-clause/index.html",
            "de/compare/electronics-watch/index.html",
    })
    void pageMatchesGoldenFile(String page) throws IOException {
        Golden.assertMatches("basic/" + page, Files.readString(out.resolve(page), StandardCharsets.UTF_8));
    }

    @Test
    void theNoticeTableGivesTheEformsCodesTheWeightAndTheCpvCodesWithLabelsMarkedByLanguage() throws IOException {
        Document doc = Jsoup.parse(out.resolve("de/criteria/sample-warranty/index.html").toFile());
        var table = doc.selectFirst("section.eforms table");
        assertTrue(table != null, "the eForms table is shown");
        List<String> fields = table.select("tbody th[scope=row] code").eachText();
        assertEquals(List.of("BT-06", "BT-774", "BT-805", "BT-539", "BT-541", "CPV"), fields);
        assertTrue(table.text().contains("12,5 %"), "the suggested weight is written the German way");
        assertEquals("en", table.selectFirst("code:containsOwn(30213100-6) + span").attr("lang"),
                "a CPV label that exists only in English is marked as English");
        Document clause = Jsoup.parse(out.resolve("en/clauses/sample-clause/index.html").toFile());
        assertEquals(List.of("BT-06", "BT-775", "BT-70", "CPV"),
                clause.select("section.eforms tbody th[scope=row] code").eachText(), "contract-performance clauses name BT-70");
    }

    @Test
    void eachSchemeNamedByAnItemHasAPageInEveryLanguageListingTheItems() throws IOException {
        for (String lang : List.of("en", "nl", "de")) {
            assertTrue(Files.exists(out.resolve(lang + "/compare/tco-certified-10/index.html")));
            assertTrue(Files.exists(out.resolve(lang + "/compare/eu-gpp-2021/index.html")));
        }
        assertFalse(Files.exists(out.resolve("en/compare/epeat/index.html")), "no page for a scheme no item names");
        Document doc = Jsoup.parse(out.resolve("nl/compare/electronics-watch/index.html").toFile());
        assertEquals(List.of("/nl/clauses/sample-clause/"), doc.select("main .entry-title a").eachAttr("href"));
        Document item = Jsoup.parse(out.resolve("nl/criteria/sample-warranty/index.html").toFile());
        assertEquals(List.of("/nl/compare/tco-certified-10/", "/nl/compare/eu-gpp-2021/"),
                item.select("section.compare li > a[href*=/compare/]").eachAttr("href"));
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
    void everyVersionPageCarriesACitationWithTheTextHashAndMatchingJsonLd() throws IOException {
        for (String page : List.of("nl/criteria/sample-warranty/index.html", "en/criteria/sample-warranty/1.0/index.html")) {
            Document doc = Jsoup.parse(out.resolve(page).toFile());
            String shortForm = doc.selectFirst("#cite-short").text();
            assertTrue(shortForm.matches("sample-warranty@(2\\.0|1\\.0)#[0-9a-f]{6}"), page + ": " + shortForm);
            var ld = new com.fasterxml.jackson.databind.ObjectMapper().readTree(doc.selectFirst("script[type=application/ld+json]").data());
            assertEquals(shortForm, ld.get("identifier").asText(), page);
            assertEquals(page.substring(0, 2), ld.get("inLanguage").asText(), page);
            assertTrue(doc.selectFirst("#cite-text").text().contains(shortForm), page);
        }
        var nl = new com.fasterxml.jackson.databind.ObjectMapper().readTree(Jsoup.parse(out.resolve("nl/criteria/sample-warranty/index.html")
                .toFile()).selectFirst("script[type=application/ld+json]").data());
        assertEquals("en", nl.get("isBasedOn").get("inLanguage").asText(), "a translation says what it is based on");
        assertEquals("2.0", nl.get("isBasedOn").get("version").asText());
    }

    @Test
    void theOutdatedNoticeLinksToTheComparisonAndTheVersionLinksToTheHistory() throws IOException {
        Document de = Jsoup.parse(out.resolve("de/criteria/sample-warranty/index.html").toFile());
        assertEquals("/de/criteria/sample-warranty/diff/1.0/2.0/", de.selectFirst(".notice-outdated a").attr("href"));
        assertEquals("/de/criteria/sample-warranty/history/", de.selectFirst(".item-meta a").attr("href"));
        assertTrue(Files.isRegularFile(out.resolve("de/criteria/sample-warranty/diff/1.0/2.0/index.html")));
    }

    @Test
    void insertionsAndDeletionsAreAnnouncedNotOnlyColoured() throws IOException {
        Document diff = Jsoup.parse(out.resolve("en/criteria/sample-warranty/diff/1.0/2.0/index.html").toFile());
        assertFalse(diff.select("#diff-tender ~ .diff-text ins").isEmpty() && diff.select(".diff-tender ins").isEmpty());
        for (var mark : diff.select(".diff-text ins, .diff-text del")) {
            assertTrue(mark.selectFirst(".visually-hidden") != null, "no spoken cue in " + mark.outerHtml());
        }
        assertTrue(diff.select(".diff-tender del").text().contains("2"), diff.select(".diff-tender").text());
        assertTrue(diff.select(".diff-tender ins").text().contains("3"), diff.select(".diff-tender").text());
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
