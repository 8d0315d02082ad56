package org.clausebook.browser;

import com.microsoft.playwright.Browser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * WCAG 2.1 success criterion 1.4.10 Reflow, which axe cannot see: at a 320 CSS px wide viewport (1280 px at 400 %
 * zoom) no page scrolls sideways, in every language, for every page type. A failure names the elements that stick out.
 */
@Tag("browser")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReflowTest {
    private static final int WIDTH = 320;
    private static final String OVERFLOW = """
            () => { const w = document.documentElement.clientWidth; const out = [];
              for (const e of document.querySelectorAll('body *')) {
                const r = e.getBoundingClientRect();
                if (r.width > 0 && r.right > w + 1 && !e.closest('.visually-hidden, .table-scroll'))
                  out.push(e.tagName.toLowerCase() + (e.className && typeof e.className === 'string' ? '.' + e.className.trim().split(/\\s+/).join('.') : '')
                    + ' right=' + Math.round(r.right) + ' "' + (e.textContent || '').trim().replace(/\\s+/g, ' ').slice(0, 40) + '"');
              }
              return { scrollWidth: document.documentElement.scrollWidth, width: w, culprits: out.slice(0, 5) }; }""";

    private WatchedPage tab;
    private int checked;

    @BeforeAll
    void openBrowser() {
        tab = new WatchedPage(LocalSite.server(), new Browser.NewContextOptions().setViewportSize(WIDTH, 640));
    }

    @AfterAll
    void close() {
        System.out.printf("[reflow] %d pages checked at %d px%n", checked, WIDTH);
        if (tab != null) {
            tab.close();
        }
    }

    Stream<PageTypes.PageUnderTest> pages() {
        return PageTypes.pages(LocalSite.site()).stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pages")
    void thePageFitsA320PixelViewportWithoutScrollingSideways(PageTypes.PageUnderTest page) {
        tab.open(page);
        Map<?, ?> r = (Map<?, ?>) tab.page().evaluate(OVERFLOW);
        int scrollWidth = ((Number) r.get("scrollWidth")).intValue();
        int width = ((Number) r.get("width")).intValue();
        checked++;
        assertTrue(scrollWidth <= width, page + ": the page is " + scrollWidth + " px wide in a " + width
                + " px viewport (WCAG 1.4.10); sticking out: " + (List<?>) r.get("culprits"));
    }
}
