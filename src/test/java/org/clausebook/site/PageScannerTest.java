package org.clausebook.site;

import org.clausebook.office.Downloads;
import org.clausebook.render.RenderContext;
import org.clausebook.render.RenderedPage;
import org.clausebook.render.SitePages;
import org.clausebook.render.TemplateEngine;
import org.clausebook.render.UrlScheme;
import org.clausebook.security.FixtureProject;
import org.clausebook.testing.TestSites;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The one-pass reading of a page ({@link PageScanner}) against jsoup's, on every page the fixture sites, the hostile
 * contributions and the shipped library render: the same bytes, the same ids, the same links in the same order,
 * and jsoup is needed for almost no page.
 */
class PageScannerTest {
    @Test
    void theFixtureSiteIsReadAsJsoupReadsIt() throws Exception {
        Path project = TestSites.project("basic", Files.createTempDirectory("clausebook-scan-"));
        assertSameAsJsoup(project, 0.0);
    }

    @Test
    void theShippedLibraryIsReadAsJsoupReadsIt() throws Exception {
        assertSameAsJsoup(TestSites.REPO, 0.01);
    }

    @Test
    void hostileContributionsAreReadAsJsoupReadsThem(@TempDir Path dir) throws Exception {
        FixtureProject project = FixtureProject.create(dir.resolve("project"));
        try (Stream<Path> cases = Files.list(FixtureProject.HOSTILE)) {
            cases.filter(c -> Files.exists(c.resolve("inert.txt"))).sorted().forEach(project::overlay);
        }
        assertSameAsJsoup(project.dir(), 1.0);
    }

    @Test
    void markupOnlyJsoupCanPlaceIsLeftToJsoup() {
        for (String html : List.of(
                "<!doctype html><html><body><p>a<div>b</div></p></body></html>",
                "<!doctype html><html><body><table><tr><td>x</td></tr></table></body></html>",
                "<!doctype html><html><body><div/></body></html>",
                "<!doctype html><html><body><a href=x>x</a></body></html>",
                "<!doctype html><html><body><pre>\nx</pre></body></html>",
                "<!doctype html><html><body><b><i>x</b></i></body></html>",
                "<!doctype html><html><body><p class=\"a\" class=\"b\">x</p></body></html>",
                "<!doctype html><html><body><div class=\"prose\"><h2 id=\"\">x</h2></div></body></html>")) {
            assertTrue(PageScanner.scan(html).isEmpty(), html);
        }
    }

    @Test
    void headingsOfContributedTextGetUniqueAnchorsAfterTheIdsThePageHas() throws Exception {
        String html = "<!doctype html><html><head></head><body><h2>Outside</h2><div class=\"x prose\"><h2>Notes &amp; more</h2>"
                + "<h3 id=\"kept\">Kept</h3><h2>Notes &amp;  more</h2><h2>Why<br>it</h2></div><p id=\"notes-more\"></p></body></html>";
        var scanned = PageScanner.scan(html).orElseThrow();
        assertTrue(scanned.html().contains("<h2>Outside</h2>"), scanned.html());
        assertTrue(scanned.html().contains("<h2 id=\"notes-more-2\">Notes &amp; more</h2>"), scanned.html());
        assertTrue(scanned.html().contains("<h2 id=\"notes-more-3\">Notes &amp;  more</h2>"), scanned.html());
        assertTrue(scanned.html().contains("<h2 id=\"why-it\">Why<br>it</h2>"), scanned.html());
        assertEquals(jsoup(html).html(), scanned.html());
    }

    @Test
    void characterReferencesAreReadAsJsoupReadsThem() throws Exception {
        String html = "<!doctype html><html><head><title>A &amp; B &#39;c&#39;</title></head><body>"
                + "<p title=\"&quot;x&quot; &lt;y&gt; &amp;amp; &#x1F600; &#128; &copy;\">&#128; &#x80; &copy; &nbsp; &#65;&#x42; &notit; &amp</p>"
                + "<a href=\"/a?b=1&amp;c=2&#38;d=3\">x</a><script>if (a < b && c) {}</script></body></html>";
        var scanned = PageScanner.scan(html).orElseThrow();
        var jsoup = jsoup(html);
        assertEquals(jsoup.html(), scanned.html());
        assertEquals(List.of("/a?b=1&c=2&d=3", "/a?b=1&c=2&d=3").get(0), scanned.links().get(0));
        assertEquals(jsoup.links(), scanned.links());
    }

    private static PageScanner.Scanned jsoup(String html) throws Exception {
        var p = new HtmlPostProcessor(new UrlScheme(org.clausebook.config.ConfigLoader.load(TestSites.REPO))).processWithJsoup(new RenderedPage("/x/", "x.md", html));
        return new PageScanner.Scanned(new String(p.html(), StandardCharsets.UTF_8), p.ids(), p.links().stream().map(l -> l.href()).toList());
    }

    /** Renders every page of {@code project} and compares the two readings; at most {@code share} of pages need jsoup. */
    private static void assertSameAsJsoup(Path project, double share) throws Exception {
        RenderContext ctx = SiteBuilder.check(project, false, "v-test");
        Downloads.Result downloads = new Downloads(ctx).write((url, bytes) -> {
        });
        SitePages sitePages = new SitePages(ctx, new TemplateEngine(project.resolve("templates"), Map.of("itemDownloads", downloads.links())));
        List<RenderedPage> pages = new ArrayList<>(sitePages.renderAll(p -> p));
        pages.addAll(sitePages.renderVersions(p -> p));
        HtmlPostProcessor post = new HtmlPostProcessor(ctx.urls());
        List<String> differ = new ArrayList<>();
        int byJsoup = 0;
        java.util.Map<String, Integer> why = new java.util.TreeMap<>();
        for (RenderedPage page : pages) {
            String reason = PageScanner.whyNot(page.html());
            if (!reason.isEmpty()) {
                byJsoup++;
                why.merge(page.url() + " " + reason, 1, Integer::sum);
            }
            HtmlPostProcessor.Processed fast = post.process(page);
            HtmlPostProcessor.Processed slow = post.processWithJsoup(page);
            if (!java.util.Arrays.equals(fast.html(), slow.html()) || !fast.ids().equals(slow.ids()) || !fast.links().equals(slow.links())) {
                differ.add(page.url() + firstDifference(new String(slow.html(), StandardCharsets.UTF_8), new String(fast.html(), StandardCharsets.UTF_8)));
            }
        }
        assertEquals(List.of(), differ.stream().limit(5).toList(), differ.size() + " of " + pages.size() + " pages differ");
        assertTrue(byJsoup <= share * pages.size(), byJsoup + " of " + pages.size() + " pages needed jsoup: " + why.keySet().stream().limit(8).toList());
        System.out.printf("[scan] %s: %d pages, %d read by jsoup%n", project.getFileName(), pages.size(), byJsoup);
    }

    private static String firstDifference(String jsoup, String ours) {
        int i = 0;
        while (i < Math.min(jsoup.length(), ours.length()) && jsoup.charAt(i) == ours.charAt(i)) {
            i++;
        }
        int from = Math.max(0, i - 80);
        return "\n  jsoup: …" + jsoup.substring(from, Math.min(jsoup.length(), i + 80)) + "\n  ours:  …" + ours.substring(from, Math.min(ours.length(), i + 80));
    }
}
