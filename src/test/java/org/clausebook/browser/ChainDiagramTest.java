package org.clausebook.browser;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The links inside the life-cycle diagram (inline SVG) are reached with Tab, show where focus is, are announced
 * with their stage and counts, and lead where Enter takes the reader.
 */
@Tag("browser")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ChainDiagramTest {
    private WatchedPage tab;

    @BeforeAll
    void openBrowser() {
        tab = new WatchedPage(LocalSite.server());
    }

    @AfterAll
    void close() {
        if (tab != null) {
            tab.close();
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"/en/", "/de/product-groups/laptops/"})
    void theStagesAreLinksReachedWithTabThatShowFocusAndFollowWithEnter(String path) {
        tab.open(path);
        Page p = tab.page();
        p.evaluate("() => { const h = document.querySelector('#chain'); h.tabIndex = -1; h.focus(); }");
        p.keyboard().press("Tab");
        assertEquals(Boolean.TRUE, p.evaluate("() => !!document.activeElement.closest('svg.chain-diagram')"),
                path + ": the first Tab after the heading does not reach the diagram but " + p.evaluate("() => document.activeElement.outerHTML.slice(0, 80)"));
        Map<?, ?> focused = (Map<?, ?>) p.evaluate("() => { const a = document.activeElement; const cs = getComputedStyle(a);"
                + " const box = getComputedStyle(a.querySelector('.chain-box'));"
                + " return { outline: cs.outlineStyle, width: cs.outlineWidth, fill: box.fill, name: a.textContent, href: a.getAttribute('href') }; }");
        assertEquals("solid", focused.get("outline"), path);
        assertEquals("3px", focused.get("width"), path);
        assertNotEquals("rgb(255, 255, 255)", focused.get("fill"), path + ": the focused stage keeps its white box");
        assertTrue(String.valueOf(focused.get("name")).matches(".*\\d.*"), path + ": the link carries no count: " + focused.get("name"));
        p.keyboard().press("Enter");
        p.waitForURL("**" + focused.get("href"));
        assertTrue(p.url().endsWith(String.valueOf(focused.get("href"))), p.url());
    }
}
