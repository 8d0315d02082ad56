package org.clausebook.search;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.clausebook.site.BuildOptions;
import org.clausebook.site.SiteBuilder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The search page of the shipped site, built and served on localhost, in headless Chromium: typing finds the
 * expected items (inflected forms too), facets narrow the results, "all languages" widens them, the state is in
 * the URL, everything works from the keyboard, the count is announced, and without JavaScript the page explains
 * itself. The site's CSP is enforced; any console error or foreign request fails the test.
 */
@Tag("browser")
class SearchBrowserTest {
    @TempDir
    static Path tmp;
    private static StaticSite server;
    private static Headless chromium;
    private BrowserContext context;
    private Page page;
    private final List<String> problems = new ArrayList<>();

    @BeforeAll
    static void buildAndServe() throws Exception {
        Path out = tmp.resolve("site");
        SiteBuilder.build(new BuildOptions(NodeScript.REPO, out, false), line -> { });
        server = new StaticSite(out, false);
        chromium = new Headless();
    }

    @AfterAll
    static void stop() {
        if (chromium != null) {
            chromium.close();
        }
        if (server != null) {
            server.close();
        }
    }

    @BeforeEach
    void open() {
        context = chromium.browser().newContext(new Browser.NewContextOptions().setViewportSize(1200, 900));
        page = context.newPage();
        page.onConsoleMessage(m -> {
            // Failed loads are reported by the response check below, which can tell the browser's own favicon probe.
            if (m.type().equals("error") && !m.text().startsWith("Failed to load resource")) {
                problems.add("console: " + m.text());
            }
        });
        page.onResponse(r -> {
            if (r.status() >= 400 && !r.url().endsWith("/favicon.ico")) {
                problems.add("HTTP " + r.status() + " " + r.url());
            }
        });
        page.onPageError(e -> problems.add("page error: " + e));
        page.onRequest(r -> {
            if (!r.url().startsWith(server.origin() + "/") && !r.url().startsWith("data:")) {
                problems.add("foreign request: " + r.url());
            }
        });
    }

    @AfterEach
    void close() {
        context.close();
        assertEquals(List.of(), problems);
    }

    private Locator results() {
        return page.locator("#search-results > li");
    }

    private int count() {
        String text = page.locator("#search-count").textContent();
        var m = Pattern.compile("(\\d+)").matcher(text);
        return m.find() ? Integer.parseInt(m.group(1)) : 0;
    }

    @Test
    void typingFindsTheItemAndFacetsNarrowTheResults() {
        page.navigate(server.origin() + "/en/search/");
        Locator input = page.locator("#search-query");
        assertThat(input).isVisible();
        input.pressSequentially("Warranties", new Locator.PressSequentiallyOptions().setDelay(40));
        assertThat(page.locator("#search-results a[href='/en/criteria/extended-warranty/']")).isVisible();
        assertThat(page.locator("#search-results mark").first()).isVisible();
        assertThat(page.locator("#search-count")).hasText(Pattern.compile("^\\d+ results$"));
        assertThat(page).hasURL(Pattern.compile(".*\\?q=Warranties$"));
        int all = count();
        assertTrue(all >= 2, "results for warranties: " + all);
        assertThat(page.locator("#search-status")).hasText(all + " results");

        page.locator("#search-facets input[name=kind][value=criteria]").check();
        assertThat(page).hasURL(Pattern.compile(".*&kind=criteria$"));
        assertThat(page.locator("#search-results a[href='/en/criteria/extended-warranty/']")).isVisible();
        List<String> kinds = results().locator(".entry-meta span:first-child").allTextContents();
        assertEquals(Set.of("Criterion"), new TreeSet<>(kinds), "kinds after filtering by criteria");
        assertEquals(kinds.size(), Math.min(10, count()));
        assertTrue(count() < all, "the kind facet should narrow " + all + " results, left " + count());
        assertThat(page.locator("#search-clear")).isVisible();

        String shared = page.url();
        Page again = context.newPage();
        again.navigate(shared);
        assertThat(again.locator("#search-query")).hasValue("Warranties");
        assertThat(again.locator("#search-facets input[name=kind][value=criteria]")).isChecked();
        assertThat(again.locator("#search-count")).hasText(page.locator("#search-count").textContent());
        again.close();
    }

    @Test
    void halfTypedWordsFindTheirItemAndATypoSaysWhatWasSearched() {
        page.navigate(server.origin() + "/en/search/");
        Locator input = page.locator("#search-query");
        input.pressSequentially("warr", new Locator.PressSequentiallyOptions().setDelay(40));
        assertThat(results().first().locator("a")).hasAttribute("href", "/en/criteria/extended-warranty/");
        assertThat(page.locator("#search-correction")).isHidden();

        input.fill("batery");
        assertThat(page.locator("#search-correction")).hasText("Showing results for battery");
        assertThat(page.locator("#search-correction em")).hasText("battery");
        assertThat(page.locator("#search-results a[href='/en/criteria/battery-durability/']")).isVisible();

        page.navigate(server.origin() + "/nb/search/?q=arbeidsvilk%C3%A5r");
        assertThat(page.locator("#search-results a[href='/nb/clauses/labour-rights-code/']")).isVisible();
        assertThat(page.locator("#search-correction")).isHidden();
    }

    @Test
    void aDutchPluralFindsTheSingularAndAllLanguagesWidensTheSearch() {
        page.navigate(server.origin() + "/nl/search/?q=leveranciers");
        assertThat(results().first()).isVisible();
        List<String> marked = page.locator("#search-results mark").allTextContents();
        assertTrue(marked.stream().anyMatch(m -> m.equalsIgnoreCase("leverancier")), "marked words: " + marked);

        page.locator("#search-query").fill("Electronics Watch");
        assertThat(page.locator("#search-results")).hasAttribute("data-query", "Electronics Watch");
        assertThat(results().first()).isVisible();
        int here = count();
        page.locator("input[name=scope][value=all]").check();
        assertThat(page).hasURL(Pattern.compile(".*scope=all.*"));
        // The initiative is written in English only: all languages find it at its English page, not its Dutch one.
        assertThat(page.locator("#search-results a[href='/en/initiatives/electronics-watch/'][lang=en]")).isVisible();
        assertEquals(0, page.locator("#search-results a[href='/nl/initiatives/electronics-watch/']").count(),
                "all languages leave the fallback documents out");
        assertTrue(count() > here, "all languages should find more than " + here + ", found " + count());
        assertThat(page.locator("#search-results .search-lang[lang=en]").first()).hasText("English");
    }

    @Test
    void thisLanguageFindsAnUntranslatedItemMarkedWithTheLanguageOfItsText() {
        page.navigate(server.origin() + "/nl/search/?q=Electronics+Watch");
        Locator result = results().filter(new Locator.FilterOptions()
                .setHas(page.locator("a[href='/nl/initiatives/electronics-watch/']")));
        assertThat(result.locator(".entry-title a")).isVisible();
        assertThat(result.locator(".entry-title a")).hasAttribute("lang", "en");
        assertThat(result.locator(".search-snippet")).hasAttribute("lang", "en");
        assertThat(result.locator(".search-fallback")).hasText("Tekst in English");
        assertThat(result.locator(".search-fallback span[lang=en]")).hasText("English");
    }

    @Test
    void everythingWorksFromTheKeyboard() {
        page.navigate(server.origin() + "/en/search/");
        assertThat(page.locator("#search-query")).isVisible();
        page.locator("#search-query").focus();
        page.keyboard().type("repair");
        assertThat(results().first()).isVisible();
        int all = count();
        page.keyboard().press("Enter");
        assertThat(page).hasURL(Pattern.compile(".*/en/search/\\?q=repair$"));
        String focused = "";
        for (int i = 0; i < 40 && !focused.equals("checkbox"); i++) {
            page.keyboard().press("Tab");
            focused = (String) page.evaluate("() => document.activeElement.type || document.activeElement.tagName");
        }
        assertEquals("checkbox", focused, "a facet checkbox is reachable with Tab");
        page.keyboard().press("Space");
        assertThat(page.locator("#search-clear")).isVisible();
        assertTrue(count() <= all);
        assertEquals("checkbox", page.evaluate("() => document.activeElement.type"), "focus stays on the checkbox");
        page.locator("#search-clear").focus();
        page.keyboard().press("Enter");
        assertThat(page.locator("#search-count")).hasText(all + " results");
    }

    @Test
    void withoutJavaScriptThePageExplainsItselfAndLinksToTheListings() {
        context.close();
        context = chromium.browser().newContext(new Browser.NewContextOptions().setJavaScriptEnabled(false));
        page = context.newPage();
        page.navigate(server.origin() + "/en/search/?q=repair");
        assertThat(page.locator("#search-form")).isHidden();
        assertThat(page.locator("#search-app .notice")).isVisible();
        assertThat(page.locator("#search-app .section-list a[href='/en/criteria/']")).isVisible();
    }
}
