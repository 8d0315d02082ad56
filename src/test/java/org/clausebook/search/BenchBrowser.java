package org.clausebook.search;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * The benchmark's measurements in headless Chromium: bytes a query downloads (counted by the server, as sent,
 * gzip where the host compresses) and time from the last keystroke to results on screen, for Clausebook's search
 * page and for Pagefind's JavaScript API on the same site.
 */
final class BenchBrowser {
    /** What one query cost: bytes, requests, milliseconds (warm: all files cached). */
    record Cost(String lang, String query, long coldBytes, long coldRequests, long warmBytes, double warmMillis) {
    }

    static final Predicate<String> OURS = p -> p.startsWith("/search") || p.matches("/assets/[^/]+/search/.*");
    static final Predicate<String> PAGEFIND = p -> p.startsWith("/pagefind/");

    private static final String WAIT_OURS = "q => document.getElementById('search-results').dataset.query === q";
    private static final String TIME_OURS = """
            q => new Promise(resolve => {
              const input = document.getElementById('search-query');
              const results = document.getElementById('search-results');
              const start = performance.now();
              const seen = new MutationObserver(() => {
                if (results.dataset.query === q) { seen.disconnect(); resolve(performance.now() - start); }
              });
              seen.observe(results, { attributes: true, childList: true });
              input.value = q;
              input.dispatchEvent(new Event('input', { bubbles: true }));
            })""";
    private static final String PAGEFIND_QUERY = """
            async q => {
              const pagefind = await import('/pagefind/pagefind.js');
              const start = performance.now();
              const search = await pagefind.search(q);
              const top = await Promise.all(search.results.slice(0, 10).map(r => r.data()));
              return { millis: performance.now() - start, count: search.results.length, top: top.length };
            }""";

    private BenchBrowser() {
    }

    /** Our search page: cold (fresh browser, query in the URL), then warm in one session, then timed again. */
    static List<Cost> ours(Headless chromium, StaticSite server, String lang, List<String> queries) {
        List<Cost> out = new ArrayList<>();
        long[][] cold = new long[queries.size()][];
        for (int i = 0; i < queries.size(); i++) {
            try (BrowserContext context = chromium.browser().newContext()) {
                Page page = context.newPage();
                server.takeSent();
                page.navigate(server.origin() + "/" + lang + "/search/?q=" + URLEncoder.encode(queries.get(i), StandardCharsets.UTF_8));
                page.waitForFunction(WAIT_OURS, queries.get(i));
                page.waitForTimeout(200);
                cold[i] = sum(server.takeSent(), OURS);
            }
        }
        try (BrowserContext context = chromium.browser().newContext()) {
            Page page = context.newPage();
            page.navigate(server.origin() + "/" + lang + "/search/");
            page.waitForFunction("() => !document.getElementById('search-form').hidden");
            page.waitForTimeout(500);
            server.takeSent();
            for (int i = 0; i < queries.size(); i++) {
                String q = queries.get(i);
                page.locator("#search-query").fill(q);
                page.waitForFunction(WAIT_OURS, q);
                page.waitForTimeout(100);
                long warm = sum(server.takeSent(), OURS)[0];
                page.locator("#search-query").fill("");
                page.waitForFunction("() => document.getElementById('search-results').dataset.query === undefined");
                double millis = ((Number) page.evaluate(TIME_OURS, q)).doubleValue();
                out.add(new Cost(lang, q, cold[i][0], cold[i][1], warm, millis));
            }
        }
        return out;
    }

    /** Pagefind's API (search, then the data of the top 10), from a page of the same language. */
    static List<Cost> pagefind(Headless chromium, StaticSite server, String lang, List<String> queries) {
        List<Cost> out = new ArrayList<>();
        long[][] cold = new long[queries.size()][];
        for (int i = 0; i < queries.size(); i++) {
            try (BrowserContext context = chromium.browser().newContext()) {
                Page page = context.newPage();
                page.navigate(server.origin() + "/" + lang + "/");
                page.waitForTimeout(200);
                server.takeSent();
                page.evaluate(PAGEFIND_QUERY, queries.get(i));
                page.waitForTimeout(200);
                cold[i] = sum(server.takeSent(), PAGEFIND);
            }
        }
        try (BrowserContext context = chromium.browser().newContext()) {
            Page page = context.newPage();
            page.navigate(server.origin() + "/" + lang + "/");
            page.evaluate("async () => { const p = await import('/pagefind/pagefind.js'); await p.init(); }");
            page.waitForTimeout(300);
            server.takeSent();
            for (int i = 0; i < queries.size(); i++) {
                page.evaluate(PAGEFIND_QUERY, queries.get(i));
                page.waitForTimeout(100);
                long warm = sum(server.takeSent(), PAGEFIND)[0];
                Object again = page.evaluate(PAGEFIND_QUERY, queries.get(i));
                double millis = ((Number) ((java.util.Map<?, ?>) again).get("millis")).doubleValue();
                out.add(new Cost(lang, queries.get(i), cold[i][0], cold[i][1], warm, millis));
            }
        }
        return out;
    }

    /** {bytes, requests} of the responses whose path matches. */
    private static long[] sum(List<StaticSite.Sent> sent, Predicate<String> which) {
        long bytes = 0;
        long requests = 0;
        for (StaticSite.Sent s : sent) {
            if (which.test(s.path())) {
                bytes += s.bytes();
                requests++;
            }
        }
        return new long[] {bytes, requests};
    }
}
