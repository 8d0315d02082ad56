package org.clausebook.browser;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Search queries and other URL parameters carrying markup or script are shown as text, never run: on the search
 * page (query, scope and facet parameters, the fragment), typed into the search box, and on other pages that do
 * not expect them. Served with the production headers; nothing may open a dialog, log an error or leave the site.
 */
@Tag("browser")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class UrlParametersTest {
    private WatchedPage tab;

    static Stream<String> payloads() {
        return Stream.of(
                "<img src=x onerror=alert(1)>",
                "\"><script>alert(2)</script>",
                "<svg/onload=alert(3)>",
                "javascript:alert(4)",
                "'-alert(5)-'",
                "</title><script>alert(6)</script>",
                "${7*7} {{7*7}} <#assign x=1>",
                "<iframe src=\"javascript:alert(8)\"></iframe>",
                "repair<b onmouseover=alert(9)>bold</b>");
    }

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
    @MethodSource("payloads")
    void aQueryInTheAddressIsShownAsText(String payload) {
        String q = URLEncoder.encode(payload, StandardCharsets.UTF_8);
        tab.open("/en/search/?q=" + q + "&scope=" + q + "&stages=" + q + "&kind=" + q + "#" + q);
        tab.page().waitForTimeout(300);
        tab.settle();
        List<String> problems = new ArrayList<>(tab.misbehaviour());
        problems.addAll(injected());
        assertEquals(payload, tab.page().evaluate("() => document.querySelector('#search-query').value"),
                "the search box does not hold the query as typed");
        assertTrue(problems.isEmpty(), payload + ":\n" + String.join("\n", problems));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("payloads")
    void aQueryTypedIntoTheSearchBoxIsShownAsText(String payload) {
        tab.open("/en/search/");
        tab.page().fill("#search-query", payload);
        tab.page().waitForTimeout(300);
        tab.settle();
        List<String> problems = new ArrayList<>(tab.misbehaviour());
        problems.addAll(injected());
        assertTrue(problems.isEmpty(), payload + ":\n" + String.join("\n", problems));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("payloads")
    void markupInTheAddressOfOtherPagesIsIgnored(String payload) {
        String q = URLEncoder.encode(payload, StandardCharsets.UTF_8);
        for (String path : List.of("/en/?q=" + q, "/en/criteria/?stages=" + q + "#" + q, "/en/" + q.replace("+", "%20") + "/")) {
            tab.open(path);
            List<String> problems = new ArrayList<>(tab.misbehaviour());
            problems.addAll(injected());
            assertTrue(problems.isEmpty(), path + ":\n" + String.join("\n", problems));
        }
    }

    /** Elements or attributes in the live page that only an injection could have put there. */
    @SuppressWarnings("unchecked")
    private List<String> injected() {
        return (List<String>) tab.page().evaluate("""
                () => {
                  const found = [];
                  for (const el of document.querySelectorAll('img[src="x"], svg:not(section.chain > .chain-grid > .chain-figure > svg.chain-diagram), iframe, object, embed, b[onmouseover], script:not([src])')) {
                    found.push('injected element: ' + el.outerHTML.slice(0, 120));
                  }
                  for (const el of document.querySelectorAll('*')) {
                    for (const a of el.attributes) {
                      if (a.name.startsWith('on')) found.push('event handler ' + a.name + ' on <' + el.tagName.toLowerCase() + '>');
                      if (/^\\s*javascript:/i.test(a.value) && ['href', 'src', 'action'].includes(a.name)) {
                        found.push(a.name + '="' + a.value + '" on <' + el.tagName.toLowerCase() + '>');
                      }
                    }
                  }
                  if (window.x !== undefined) found.push('a template or script assigned window.x');
                  return found;
                }""");
    }
}
