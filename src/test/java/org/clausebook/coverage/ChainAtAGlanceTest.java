package org.clausebook.coverage;

import org.clausebook.site.BuildOptions;
import org.clausebook.site.SiteBuilder;
import org.clausebook.testing.Golden;
import org.clausebook.testing.TestSites;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
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
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The chain at a glance on the basic fixture: the life-cycle diagram and the theme × stage matrix match their
 * golden files, are accessible, and follow the content (a new criterion changes the counts and the links).
 */
class ChainAtAGlanceTest {
    @TempDir
    static Path tmp;
    static Path project;
    static Path out;

    @BeforeAll
    static void build() throws Exception {
        project = TestSites.project("basic", tmp);
        out = tmp.resolve("public");
        SiteBuilder.build(new BuildOptions(project, out, false), line -> { });
    }

    @ParameterizedTest(name = "the diagram and the matrix on {0} match their golden files")
    @ValueSource(strings = {"en/index.html", "de/index.html", "en/product-groups/smartphones/index.html",
            "nl/product-groups/laptops/index.html"})
    void diagramAndMatrixMatchTheirGoldenFiles(String page) throws IOException {
        String html = Files.readString(out.resolve(page), StandardCharsets.UTF_8);
        String name = "basic/chain/" + page.replace("/index.html", "").replace('/', '-') + (page.indexOf('/') == 2 && page.length() == 13 ? "-home" : "");
        Golden.assertMatches(name + ".svg", between(html, "<svg class=\"chain-diagram\"", "</svg>"));
        Golden.assertMatches(name + "-matrix.html", between(html, "<table class=\"coverage-table coverage-matrix\">", "</table>"));
    }

    @Test
    void theDiagramIsNamedItsLinksCarryTextAndTheTableGivesTheSameNumbers() throws IOException {
        Document doc = Jsoup.parse(out.resolve("en/index.html").toFile());
        Element svg = doc.selectFirst("svg.chain-diagram");
        assertNotNull(svg);
        assertEquals("Life cycle of a device: criteria and clauses per stage", doc.getElementById(svg.attr("aria-labelledby")).text());
        assertFalse(doc.getElementById(svg.attr("aria-describedby")).text().isEmpty());
        assertEquals(List.of("/en/lifecycle/raw-materials/", "/en/lifecycle/manufacturing/", "/en/lifecycle/use/", "/en/lifecycle/repair/"),
                svg.select("a").eachAttr("href"));
        assertEquals("Use Total 1 Core 0 · Advanced 1 · Spearhead 0", linkText(svg, "/en/lifecycle/use/"));
        assertEquals(List.of("Raw materials", "1", "0", "0", "1"), row(doc, "Raw materials"));
        assertEquals(List.of("Recycling", "0", "0", "0", "0"), row(doc, "Recycling"));
        assertTrue(doc.selectFirst(".chain-table th:contains(Recycling) a") == null, "a stage without texts links nowhere");
    }

    @Test
    void emptyCellsOfTheMatrixSayNoneInWords() throws IOException {
        Document doc = Jsoup.parse(out.resolve("en/index.html").toFile());
        assertEquals(List.of("Labour rights", "none", "none", "none", "1", "none"), matrixRow(doc, "Labour rights"));
        assertEquals("73 of 75 combinations of theme and procurement stage have no criterion or clause yet.",
                doc.selectFirst(".coverage-summary").text());
    }

    @Test
    void aProductGroupPageCountsOnlyItsItemsAndSaysWhereTheLinksLead() throws IOException {
        Document laptops = Jsoup.parse(out.resolve("en/product-groups/laptops/index.html").toFile());
        assertEquals(List.of("/en/lifecycle/use/", "/en/lifecycle/repair/"), laptops.select("svg.chain-diagram a").eachAttr("href"));
        assertTrue(laptops.selectFirst(".chain-note").text().contains("not only those for Laptops"), laptops.selectFirst(".chain-note").text());
        assertEquals("#chain", laptops.selectFirst("a[href=#chain]").attr("href"));
        assertTrue(Jsoup.parse(out.resolve("en/stages/award/index.html").toFile()).select("svg.chain-diagram").isEmpty(),
                "only product groups get the chain");
    }

    @Test
    void aNewCriterionChangesTheCountsAndTheLinks() throws Exception {
        Path criterion = project.resolve("content/criteria/sample-take-back/en.md");
        Files.createDirectories(criterion.getParent());
        Files.writeString(criterion, """
                ---
                title: Sample take-back
                summary: The contractor takes back every device at the end of its use and has it recycled.
                version: "1.0"
                date: 2026-11-01
                status: published
                ambition: spearhead
                stages: [contract-management]
                product_groups: [laptops]
                themes: [end-of-life]
                lifecycle: [recycling, disposal]
                sources:
                  - title: Fixture source document
                    publisher: Test Publisher
                tender_text: |
                  The contractor shall take back every device and have it recycled.
                verification: |
                  The contractor sends the recycler's certificates once a year.
                ---
                A take-back criterion added by a test.
                """, StandardCharsets.UTF_8);
        Path again = tmp.resolve("public-again");
        SiteBuilder.build(new BuildOptions(project, again, false), line -> { });
        try {
            Document home = Jsoup.parse(again.resolve("en/index.html").toFile());
            Element svg = home.selectFirst("svg.chain-diagram");
            assertEquals(List.of("/en/lifecycle/raw-materials/", "/en/lifecycle/manufacturing/", "/en/lifecycle/use/",
                    "/en/lifecycle/repair/", "/en/lifecycle/recycling/", "/en/lifecycle/disposal/"), svg.select("a").eachAttr("href"));
            assertEquals("Recycling Total 1 Core 0 · Advanced 0 · Spearhead 1", linkText(svg, "/en/lifecycle/recycling/"));
            assertEquals(List.of("Recycling", "0", "0", "1", "1"), row(home, "Recycling"));
            assertEquals("/en/lifecycle/recycling/", home.selectFirst(".chain-table th:contains(Recycling) a").attr("href"));
            assertEquals(List.of("End of life", "none", "none", "none", "none", "1"), matrixRow(home, "End of life"));
            Document laptops = Jsoup.parse(again.resolve("en/product-groups/laptops/index.html").toFile());
            assertTrue(laptops.select("svg.chain-diagram a").eachAttr("href").contains("/en/lifecycle/disposal/"));
            Document phones = Jsoup.parse(again.resolve("en/product-groups/smartphones/index.html").toFile());
            assertFalse(phones.select("svg.chain-diagram a").eachAttr("href").contains("/en/lifecycle/disposal/"),
                    "a laptop criterion does not count for smartphones");
        } finally {
            Files.delete(criterion);
            Files.delete(criterion.getParent());
        }
    }

    private static String linkText(Element svg, String href) {
        return svg.selectFirst("a[href=" + href + "]").select("text:not([aria-hidden])").eachText().stream()
                .reduce((a, b) -> a + " " + b).orElse("");
    }

    private static List<String> row(Document doc, String stage) {
        return doc.selectFirst(".chain-table tr:has(th:containsOwn(" + stage + "), th:has(a:containsOwn(" + stage + ")))").children().eachText();
    }

    private static List<String> matrixRow(Document doc, String theme) {
        return doc.selectFirst(".coverage-matrix tr:has(th:containsOwn(" + theme + "), th:has(a:containsOwn(" + theme + ")))").children().eachText();
    }

    private static String between(String html, String start, String end) {
        int from = html.indexOf(start);
        assertTrue(from >= 0, "no " + start);
        return html.substring(from, html.indexOf(end, from) + end.length()) + "\n";
    }
}
