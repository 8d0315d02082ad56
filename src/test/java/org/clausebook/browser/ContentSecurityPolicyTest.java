package org.clausebook.browser;

import com.microsoft.playwright.Response;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The Content-Security-Policy of netlify.toml forbids inline script and style and every origin but the site's own.
 * The pages must need nothing it forbids: served with that very header, every page type in every language loads
 * without a single violation ({@code securitypolicyviolation} events and the console's CSP reports), and a static
 * pass over every page of the output finds nothing the policy would block.
 */
@Tag("browser")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ContentSecurityPolicyTest {
    private WatchedPage tab;
    private int pagesLoaded;

    static List<PageTypes.PageUnderTest> pages() {
        return PageTypes.pages(LocalSite.site());
    }

    @BeforeAll
    void openBrowser() {
        tab = new WatchedPage(LocalSite.server());
    }

    @AfterAll
    void close() {
        System.out.printf("[csp] %d pages loaded under the netlify.toml policy%n", pagesLoaded);
        if (tab != null) {
            tab.close();
        }
    }

    @Test
    void thePolicyAllowsOnlyTheSitesOwnOriginAndNoInlineCode() {
        Map<String, List<String>> policy = parse(NetlifyConfig.ofRepository().contentSecurityPolicy());
        assertEquals(List.of("'self'"), policy.get("default-src"), "default-src");
        for (String directive : List.of("script-src", "style-src", "img-src", "font-src", "connect-src")) {
            List<String> sources = policy.getOrDefault(directive, policy.get("default-src"));
            assertEquals(List.of("'self'"), sources, directive + " must allow the site's own origin and nothing else");
        }
        assertEquals(List.of("'none'"), policy.get("object-src"), "object-src");
        assertEquals(List.of("'none'"), policy.get("frame-ancestors"), "frame-ancestors");
    }

    @Test
    void theServerSendsThePolicyOfNetlifyToml() {
        Response response = tab.open("/");
        assertEquals(NetlifyConfig.ofRepository().contentSecurityPolicy(), response.headers().get("content-security-policy"));
        assertEquals("nosniff", response.headers().get("x-content-type-options"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pages")
    void pageLoadsWithoutAnyViolation(PageTypes.PageUnderTest page) {
        tab.open(page);
        pagesLoaded++;
        List<String> problems = new ArrayList<>(tab.cspViolations());
        tab.misbehaviour().stream().filter(m -> !m.contains("Content Security Policy")).forEach(problems::add);
        assertTrue(problems.isEmpty(), page + " under the site's CSP:\n" + String.join("\n", problems));
    }

    /** The detector itself: a page with inline script, inline style and a foreign image must trip it. */
    @Test
    void aPageThatBreaksThePolicyIsCaught() {
        LocalSite.server().addPage("/__csp-probe.html", "<!DOCTYPE html><html lang=en><head><title>probe</title>"
                + "<style>body{color:red}</style></head><body><p style=\"color:blue\">x</p>"
                + "<script>window.__ran = true;</script><img src=\"https://example.invalid/x.png\" alt=\"\"></body></html>");
        tab.open("/__csp-probe.html");
        List<String> violations = tab.cspViolations();
        String all = String.join("\n", violations);
        assertEquals(null, tab.page().evaluate("() => window.__ran"), "the inline script ran despite the policy");
        assertTrue(all.contains("script-src"), "inline script not reported:\n" + all);
        assertTrue(all.contains("style-src"), "inline style not reported:\n" + all);
        assertTrue(all.contains("img-src") || tab.externalRequests().stream().anyMatch(r -> r.contains("example.invalid")),
                "foreign image neither reported nor caught:\n" + all + "\n" + tab.externalRequests());
    }

    /** Every page of the output, statically: no inline script or style, no event handlers, nothing from elsewhere. */
    @Test
    void noPageContainsWhatThePolicyForbids() throws IOException {
        BuiltSite site = LocalSite.site();
        List<String> problems = new ArrayList<>();
        for (String file : site.htmlPages()) {
            Document doc = Jsoup.parse(site.root().resolve(file).toFile(), "UTF-8");
            for (Element script : doc.select("script")) {
                if (!script.hasAttr("src") && !script.attr("type").equals("application/ld+json")) {
                    problems.add(file + ": inline <script>");
                } else if (script.hasAttr("src") && !sameOrigin(script.attr("src"))) {
                    problems.add(file + ": script from another origin: " + script.attr("src"));
                }
            }
            doc.select("style").forEach(s -> problems.add(file + ": inline <style>"));
            for (Element e : doc.getAllElements()) {
                for (Attribute a : e.attributes()) {
                    String name = a.getKey().toLowerCase(Locale.ROOT);
                    if (name.equals("style")) {
                        problems.add(file + ": style attribute on <" + e.tagName() + ">");
                    } else if (name.startsWith("on")) {
                        problems.add(file + ": event handler " + name + " on <" + e.tagName() + ">");
                    } else if ((name.equals("href") || name.equals("src") || name.equals("action") || name.equals("formaction"))
                            && a.getValue().strip().toLowerCase(Locale.ROOT).matches("^(javascript|vbscript|data):.*")) {
                        problems.add(file + ": " + name + "=\"" + a.getValue() + "\" on <" + e.tagName() + ">");
                    }
                }
            }
            for (Element e : doc.select("img[src], link[rel=stylesheet], link[rel=icon], link[rel=preload], link[rel=modulepreload], "
                    + "iframe, object, embed, video, audio, source, track, form[action]")) {
                String url = e.hasAttr("src") ? e.attr("src") : e.hasAttr("href") ? e.attr("href") : e.attr("action");
                if (!sameOrigin(url)) {
                    problems.add(file + ": <" + e.tagName() + "> loads " + url + " from another origin");
                }
            }
        }
        System.out.printf("[csp] %d pages statically checked for inline code and foreign resources: %d problems%n",
                site.htmlPages().size(), problems.size());
        assertFalse(site.htmlPages().isEmpty());
        assertTrue(problems.isEmpty(), problems.size() + " thing(s) the CSP forbids:\n" + String.join("\n", problems));
    }

    private static boolean sameOrigin(String url) {
        String u = url.strip().toLowerCase(Locale.ROOT);
        return !u.isEmpty() && !u.startsWith("//") && !u.matches("^[a-z][a-z0-9+.-]*:.*");
    }

    private static Map<String, List<String>> parse(String csp) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (String part : csp.split(";")) {
            String[] words = part.strip().split("\\s+");
            if (words.length > 0 && !words[0].isEmpty()) {
                out.put(words[0], List.of(Arrays.copyOfRange(words, 1, words.length)));
            }
        }
        return out;
    }
}
