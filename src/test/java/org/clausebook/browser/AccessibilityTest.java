package org.clausebook.browser;

import com.microsoft.playwright.Response;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * axe-core, WCAG 2.1 A and AA rules, on every page type in every language of the real site, served with the
 * production headers: zero violations. Each failure lists every violation with its rule, page and selector.
 */
@Tag("browser")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccessibilityTest {
    private WatchedPage tab;
    private final Map<String, Set<String>> languagesByType = new TreeMap<>();
    private final Set<String> rulesPassed = new TreeSet<>();
    private final Set<String> rulesIncomplete = new TreeSet<>();
    private int pagesChecked;
    private String axeVersion = "?";
    private long started;
    private long loadNanos;
    private long axeNanos;

    static List<PageTypes.PageUnderTest> pages() {
        return PageTypes.pages(LocalSite.site());
    }

    @BeforeAll
    void openBrowser() {
        started = System.nanoTime();
        tab = new WatchedPage(LocalSite.server());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pages")
    void pageHasNoWcag21AaViolations(PageTypes.PageUnderTest page) {
        long t0 = System.nanoTime();
        Response response = tab.open(page);
        long t1 = System.nanoTime();
        int expected = page.type().contains("404") ? 404 : 200;
        assertEquals(expected, response.status(), page + " answered " + response.status());

        Axe.Result result = Axe.run(tab.page());
        loadNanos += t1 - t0;
        axeNanos += System.nanoTime() - t1;
        List<String> violations = Axe.describe(page.toString(), result.violations());
        synchronized (this) {
            pagesChecked++;
            axeVersion = result.version();
            languagesByType.computeIfAbsent(page.type(), k -> new TreeSet<>()).add(page.lang());
            rulesPassed.addAll(result.passed());
            rulesIncomplete.addAll(result.incomplete());
        }
        assertTrue(violations.isEmpty(), violations.size() + " WCAG 2.1 A/AA violation(s) on " + page + ":\n"
                + String.join("\n", violations));
    }

    @Test
    void everyPageTypeHasAnExampleInEveryLanguage() {
        List<String> missing = PageTypes.missing(LocalSite.site()).stream()
                .filter(m -> !m.startsWith("untranslated item")).toList();
        assertTrue(missing.isEmpty(), "page types without an example page in the output: " + missing);
    }

    @AfterAll
    void report() {
        if (tab != null) {
            tab.close();
        }
        System.out.printf("[a11y] axe-core %s, tags %s: %d pages checked in %.1f s; %d rules passed somewhere, "
                        + "%d needed review somewhere%n", axeVersion, Axe.TAGS, pagesChecked,
                (System.nanoTime() - started) / 1e9, rulesPassed.size(), rulesIncomplete.size());
        System.out.printf("[a11y] time loading pages %.1f s, running axe %.1f s%n", loadNanos / 1e9, axeNanos / 1e9);
        languagesByType.forEach((type, langs) -> System.out.printf("[a11y]   %-22s %d: %s%n", type, langs.size(), langs));
        System.out.println("[a11y] rules passed: " + rulesPassed);
        System.out.println("[a11y] rules needing review (not failures): " + rulesIncomplete);
        System.out.println("[a11y] page types with no example: " + PageTypes.missing(LocalSite.site()));
    }
}
