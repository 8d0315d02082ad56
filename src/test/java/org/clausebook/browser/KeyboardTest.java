package org.clausebook.browser;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The site with the keyboard alone (WCAG 2.1.1, 2.4.1, 2.4.3, 2.4.7): the skip link comes first and moves focus to
 * the main content, every tab stop shows where focus is, and search, its filters, the listing filters and the copy
 * buttons all work with Tab, Enter and Space.
 */
@Tag("browser")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class KeyboardTest {
    /** Facts about the focused element, in focus and (second pass) out of it. */
    private static final String STYLE_OF = """
            el => { const cs = getComputedStyle(el); const r = el.getBoundingClientRect();
              return { outline: cs.outlineStyle + ' ' + cs.outlineWidth + ' ' + cs.outlineColor, shadow: cs.boxShadow,
                       background: cs.backgroundColor, color: cs.color, border: cs.borderColor, decoration: cs.textDecorationLine,
                       x: r.x, y: r.y, w: r.width, h: r.height, vw: innerWidth, vh: innerHeight }; }""";
    private static final String DESCRIBE = """
            el => el === document.body || !el ? 'body' : el.tagName.toLowerCase() + (el.id ? '#' + el.id : '')
              + (el.className && typeof el.className === 'string' ? '.' + el.className.trim().split(/\\s+/).join('.') : '')
              + ' "' + (el.innerText || el.value || el.getAttribute('aria-label') || '').trim().slice(0, 40) + '"'""";

    private WatchedPage tab;
    private int tabStopsChecked;

    @BeforeAll
    void openBrowser() {
        tab = new WatchedPage(LocalSite.server());
        tab.context().grantPermissions(List.of("clipboard-read", "clipboard-write"),
                new BrowserContext.GrantPermissionsOptions().setOrigin(LocalSite.server().origin()));
    }

    @AfterAll
    void close() {
        System.out.printf("[keyboard] %d tab stops checked for a visible focus indicator%n", tabStopsChecked);
        if (tab != null) {
            tab.close();
        }
    }

    /** Every page type in the default language, and the home page in every language. */
    Stream<PageTypes.PageUnderTest> pagesWithLayout() {
        BuiltSite site = LocalSite.site();
        String first = site.languages().contains("en") ? "en" : site.languages().get(0);
        return PageTypes.pages(site).stream()
                .filter(p -> !p.lang().equals("-"))
                .filter(p -> p.lang().equals(first) || p.type().equals("home"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pagesWithLayout")
    void theSkipLinkComesFirstIsVisibleAndMovesFocusToTheMainContent(PageTypes.PageUnderTest page) {
        tab.open(page.path());
        Page p = tab.page();
        p.keyboard().press("Tab");
        assertEquals("skip-link", p.evaluate("() => document.activeElement.className"), page
                + ": the first Tab does not reach the skip link but " + focused());
        Map<?, ?> box = (Map<?, ?>) p.evaluate("() => { const r = document.activeElement.getBoundingClientRect();"
                + " return {x: r.x, y: r.y, w: r.width, h: r.height, hit: document.elementFromPoint(r.x + r.width / 2, r.y + r.height / 2)"
                + " === document.activeElement}; }");
        assertTrue(num(box.get("w")) > 10 && num(box.get("h")) > 10 && num(box.get("x")) >= 0 && num(box.get("y")) >= 0,
                page + ": the focused skip link is not visible: " + box);
        assertEquals(Boolean.TRUE, box.get("hit"), page + ": the focused skip link is covered by something: " + box);
        p.keyboard().press("Enter");
        assertEquals("main", p.evaluate("() => document.activeElement.id"), page + ": after the skip link, focus is on " + focused());
        p.keyboard().press("Tab");
        assertEquals(Boolean.TRUE, p.evaluate("() => document.querySelector('main').contains(document.activeElement)"),
                page + ": the Tab after the skip link leaves the main content: " + focused());
    }

    static Stream<String> focusPages() {
        BuiltSite site = LocalSite.site();
        List<String> out = new ArrayList<>();
        for (PageTypes.PageUnderTest p : PageTypes.pages(site)) {
            if (p.lang().equals("en") && List.of("home", "section listing", "criterion", "portrait", "search with results", "contribution form", "404")
                    .contains(p.type())) {
                out.add(p.path());
            }
        }
        PageTypes.pages(site).stream().filter(p -> p.type().equals("untranslated item")).findFirst().ifPresent(p -> out.add(p.path()));
        return out.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("focusPages")
    void everyTabStopShowsAVisibleFocusIndicator(String path) {
        tab.open(path);
        if (path.contains("/search/")) {
            waitForSearchResults();
        }
        Page p = tab.page();
        p.evaluate("() => document.querySelectorAll('details').forEach(d => d.open = true)");
        List<Map<?, ?>> focusedStyles = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            p.keyboard().press("Tab");
            Object marked = p.evaluate("i => { const el = document.activeElement; if (!el || el === document.body) return 'body';"
                    + " if (el.dataset.kbStop) return 'again'; el.dataset.kbStop = i; return 'new'; }", i);
            if (!"new".equals(marked)) {
                break;
            }
            names.add((String) p.evaluate("() => (" + DESCRIBE + ")(document.activeElement)"));
            focusedStyles.add((Map<?, ?>) p.evaluate("() => (" + STYLE_OF + ")(document.activeElement)"));
        }
        assertTrue(names.size() > 5, path + ": only " + names.size() + " tab stops: " + names);
        p.evaluate("() => document.activeElement && document.activeElement.blur()");
        List<String> invisible = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            Map<?, ?> in = focusedStyles.get(i);
            Map<?, ?> out = (Map<?, ?>) p.evaluate("i => (" + STYLE_OF + ")(document.querySelector('[data-kb-stop=\"' + i + '\"]'))", i);
            boolean outline = !String.valueOf(in.get("outline")).startsWith("none") && !String.valueOf(in.get("outline")).contains(" 0px")
                    && !String.valueOf(in.get("outline")).contains("rgba(0, 0, 0, 0)") && !in.get("outline").equals(out.get("outline"));
            boolean changed = outline || !in.get("shadow").equals(out.get("shadow")) || !in.get("background").equals(out.get("background"))
                    || !in.get("border").equals(out.get("border"));
            boolean onScreen = num(in.get("w")) >= 4 && num(in.get("h")) >= 4 && num(in.get("x")) + num(in.get("w")) > 0
                    && num(in.get("y")) + num(in.get("h")) > 0 && num(in.get("x")) < num(in.get("vw")) && num(in.get("y")) < num(in.get("vh"));
            if (!changed) {
                invisible.add(names.get(i) + ": looks the same focused and unfocused: " + in);
            } else if (!onScreen) {
                invisible.add(names.get(i) + ": focused but not on screen: " + in);
            }
        }
        tabStopsChecked += names.size();
        assertTrue(invisible.isEmpty(), path + ": " + invisible.size() + " of " + names.size()
                + " tab stops without a visible focus indicator:\n" + String.join("\n", invisible));
    }

    @Test
    void theHeaderSearchWorksWithTheKeyboard() {
        tab.open("/en/");
        tabTo("#site-search", 30);
        tab.page().keyboard().type("repair");
        tab.page().keyboard().press("Enter");
        tab.page().waitForURL("**/en/search/?q=repair");
        tab.settle();
        waitForSearchResults();
        tabTo("#search-results a[href]", 60);
        String target = (String) tab.page().evaluate("() => document.activeElement.getAttribute('href')");
        tab.page().keyboard().press("Enter");
        tab.page().waitForURL("**" + target);
        assertTrue(tab.misbehaviour().isEmpty(), String.join("\n", tab.misbehaviour()));
    }

    @Test
    void searchFiltersWorkWithTheKeyboard() {
        tab.open("/en/search/?q=repair&scope=all");
        waitForSearchResults();
        String before = count();
        tabTo("#search-facet-groups input[type=checkbox]", 120);
        String box = (String) tab.page().evaluate("() => document.activeElement.name + '=' + document.activeElement.value");
        tab.page().keyboard().press("Space");
        tab.page().waitForFunction("() => document.activeElement.checked === true");
        tab.settle();
        assertEquals(box, tab.page().evaluate("() => document.activeElement.name + '=' + document.activeElement.value"),
                "ticking a filter moved the focus away from it");
        assertTrue(tab.page().url().contains(box), "the filter " + box + " is not in the address: " + tab.page().url());
        String filtered = count();
        tab.page().keyboard().press("Space");
        tab.page().waitForFunction("() => document.activeElement.checked === false");
        tab.settle();
        assertEquals(before, count(), "unticking the filter did not restore the results (filtered: " + filtered + ")");
    }

    @Test
    void listingFiltersOpenAndFollowWithTheKeyboard() {
        tab.open("/en/criteria/");
        tabTo("details.filters > summary", 60);
        assertEquals(Boolean.FALSE, tab.page().evaluate("() => document.querySelector('details.filters').open"));
        tab.page().keyboard().press("Enter");
        assertEquals(Boolean.TRUE, tab.page().evaluate("() => document.querySelector('details.filters').open"),
                "Enter on the summary did not open the filters");
        tab.page().keyboard().press("Tab");
        String href = (String) tab.page().evaluate("() => document.activeElement.closest('.filter-group') ? document.activeElement.getAttribute('href') : null");
        assertTrue(href != null, "the Tab after opening the filters goes to " + focused() + ", not to a filter");
        tab.page().keyboard().press("Enter");
        tab.page().waitForURL("**" + href);
        assertEquals(Boolean.TRUE, tab.page().evaluate("() => !!document.querySelector('.filter-group a[aria-current=page]')"),
                "the chosen filter is not marked as current on " + href);
    }

    @Test
    void theCopyButtonsWorkWithEnterAndSpace() {
        String page = PageTypes.item(LocalSite.site(), "en", "criteria", "extended-warranty").orElseThrow();
        tab.open(page);
        Page p = tab.page();
        tabTo("button.copy-button[data-copy=tender-text]", 200);
        p.keyboard().press("Enter");
        p.waitForFunction("() => document.querySelector('#tender-text').closest('section').querySelector('.copy-status').textContent !== ''");
        assertEquals(p.evaluate("() => document.querySelector('button[data-copy=tender-text]').dataset.copied"),
                p.evaluate("() => document.querySelector('#tender-text').closest('section').querySelector('.copy-status').textContent"));
        assertEquals(p.evaluate("() => document.querySelector('#tender-text').innerText.trim()"),
                p.evaluate("() => navigator.clipboard.readText()"), "the clipboard does not hold the tender text");

        tabTo("button.copy-button[data-copy=verification-text]", 20);
        p.keyboard().press("Space");
        p.waitForFunction("() => document.querySelector('#verification-text').closest('section').querySelector('.copy-status').textContent !== ''");
        assertEquals(p.evaluate("() => document.querySelector('#verification-text').innerText.trim()"),
                p.evaluate("() => navigator.clipboard.readText()"), "the clipboard does not hold the verification text");
        assertTrue(tab.misbehaviour().isEmpty(), String.join("\n", tab.misbehaviour()));
    }

    /** Presses Tab until the focused element matches {@code selector}; fails after {@code max} presses. */
    private void tabTo(String selector, int max) {
        List<String> visited = new ArrayList<>();
        for (int i = 0; i < max; i++) {
            tab.page().keyboard().press("Tab");
            if (Boolean.TRUE.equals(tab.page().evaluate("s => document.activeElement && document.activeElement.matches(s)", selector))) {
                return;
            }
            visited.add(focused());
        }
        throw new AssertionError(selector + " not reached with " + max + " Tabs from the top of " + tab.page().url()
                + "; focus went to:\n" + String.join("\n", visited));
    }

    private void waitForSearchResults() {
        tab.page().waitForSelector("#search-results li", new Page.WaitForSelectorOptions().setTimeout(10_000));
        tab.settle();
    }

    private String count() {
        return (String) tab.page().evaluate("() => document.querySelector('#search-count').textContent");
    }

    private String focused() {
        return (String) tab.page().evaluate("() => (" + DESCRIBE + ")(document.activeElement)");
    }

    private static double num(Object o) {
        return ((Number) o).doubleValue();
    }
}
