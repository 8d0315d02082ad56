package org.clausebook.browser;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.LoadState;
import com.microsoft.playwright.options.ServiceWorkerPolicy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A browser tab on a local server that records everything a page must not do: open dialogs (alert, confirm,
 * prompt), log console errors, throw, violate the Content-Security-Policy ({@code securitypolicyviolation} events
 * and the console's CSP reports), or send any request that leaves the server's origin. Requests that leave are
 * blocked and recorded. One context per instance: cookies, storage and permissions do not leak between tests.
 */
public final class WatchedPage implements AutoCloseable {
    /** Installed before any page script: collects CSP violations in the page itself. */
    private static final String CSP_LISTENER = """
            window.__cspViolations = [];
            document.addEventListener('securitypolicyviolation', e => window.__cspViolations.push(
              e.violatedDirective + ' blocked ' + (e.blockedURI || 'inline') + ' at ' + (e.sourceFile || '?') + ':' + e.lineNumber
              + (e.sample ? ' (' + e.sample + ')' : '')));
            """;

    private final BrowserContext context;
    private final Page page;
    private final String origin;
    private final List<String> dialogs = new CopyOnWriteArrayList<>();
    private final List<String> consoleErrors = new CopyOnWriteArrayList<>();
    private final List<String> pageErrors = new CopyOnWriteArrayList<>();
    private final List<String> externalRequests = new CopyOnWriteArrayList<>();
    private final List<String> failedResponses = new CopyOnWriteArrayList<>();
    private final AtomicInteger inFlight = new AtomicInteger();
    private static final int QUIET_MILLIS = 150;

    public WatchedPage(StaticServer server) {
        this(server, new Browser.NewContextOptions());
    }

    public WatchedPage(StaticServer server, Browser.NewContextOptions options) {
        this.origin = server.origin();
        this.context = Chromium.browser().newContext(options
                .setServiceWorkers(ServiceWorkerPolicy.BLOCK)
                .setViewportSize(1280, 900));
        context.addInitScript(CSP_LISTENER);
        context.route("**/*", route -> {
            String url = route.request().url();
            if (isLocal(url)) {
                route.resume();
            } else {
                externalRequests.add(route.request().method() + " " + url);
                route.abort("blockedbyclient");
            }
        });
        context.onRequest(request -> {
            String url = request.url();
            if (!isLocal(url) && !externalRequests.contains(request.method() + " " + url)) {
                externalRequests.add(request.method() + " " + url);
            }
        });
        this.page = context.newPage();
        page.onDialog(dialog -> {
            dialogs.add(dialog.type() + ": " + dialog.message());
            dialog.dismiss();
        });
        page.onConsoleMessage(m -> {
            // The status of the page itself (a 404 page answers 404) is the test's business, not an error of the page.
            boolean documentStatus = m.text().startsWith("Failed to load resource") && m.location().startsWith(page.url());
            if (m.type().equals("error") && !documentStatus) {
                consoleErrors.add(m.text() + " (" + m.location() + ")");
            }
        });
        page.onPageError(e -> pageErrors.add(String.valueOf(e)));
        page.onRequest(r -> inFlight.incrementAndGet());
        page.onRequestFinished(r -> inFlight.decrementAndGet());
        page.onRequestFailed(r -> inFlight.decrementAndGet());
        page.onWebSocket(ws -> externalRequests.add("WebSocket " + ws.url()));
        page.onResponse(r -> {
            if (r.status() >= 400 && isLocal(r.url()) && !r.request().isNavigationRequest()) {
                failedResponses.add(r.status() + " " + r.url());
            }
        });
    }

    /** Same origin as the server, or a URL that never touches the network (data:, blob:, about:). */
    private boolean isLocal(String url) {
        return url.equals(origin) || url.startsWith(origin + "/") || url.startsWith("data:") || url.startsWith("blob:" + origin)
                || url.startsWith("about:");
    }

    /** Forgets what earlier loads recorded, loads {@code path} and waits until the network has been quiet a while. */
    public Response open(String path) {
        clear();
        Response response = page.navigate(origin + path);
        settle();
        return response;
    }

    /**
     * Waits until no request has been in flight for {@value #QUIET_MILLIS} ms (scripts that fetch after the load event,
     * e.g. search, have then finished); Playwright's own "networkidle" waits 500 ms on every page.
     */
    public void settle() {
        page.waitForLoadState(LoadState.LOAD);
        long deadline = System.currentTimeMillis() + 10_000;
        long quietSince = System.currentTimeMillis();
        while (System.currentTimeMillis() < deadline) {
            if (inFlight.get() > 0) {
                quietSince = System.currentTimeMillis();
            } else if (System.currentTimeMillis() - quietSince >= QUIET_MILLIS) {
                return;
            }
            page.waitForTimeout(25);
        }
    }

    /** Opens a page of the catalogue and waits until its scripts have filled it in (its ready selector matches). */
    public Response open(PageTypes.PageUnderTest page) {
        Response response = open(page.path());
        if (page.ready() != null) {
            try {
                this.page.waitForSelector(page.ready(), new Page.WaitForSelectorOptions().setTimeout(15_000));
            } catch (com.microsoft.playwright.TimeoutError e) {
                throw new AssertionError(page + ": '" + page.ready() + "' never appeared; the page's script did not fill it in. "
                        + misbehaviour(), e);
            }
            settle();
        }
        return response;
    }

    public void clear() {
        dialogs.clear();
        consoleErrors.clear();
        pageErrors.clear();
        externalRequests.clear();
        failedResponses.clear();
    }

    public Page page() {
        return page;
    }

    public BrowserContext context() {
        return context;
    }

    public String origin() {
        return origin;
    }

    public List<String> dialogs() {
        return List.copyOf(dialogs);
    }

    public List<String> consoleErrors() {
        return List.copyOf(consoleErrors);
    }

    public List<String> pageErrors() {
        return List.copyOf(pageErrors);
    }

    public List<String> externalRequests() {
        return List.copyOf(externalRequests);
    }

    /** Sub-resources (stylesheets, scripts, images) of the page that answered 4xx or 5xx. */
    public List<String> failedResponses() {
        return List.copyOf(failedResponses);
    }

    /** CSP violations: the page's securitypolicyviolation events plus the console's CSP reports. */
    @SuppressWarnings("unchecked")
    public List<String> cspViolations() {
        List<String> out = new ArrayList<>();
        Object events = page.evaluate("() => window.__cspViolations || []");
        if (events instanceof List<?> list) {
            list.forEach(e -> out.add(String.valueOf(e)));
        }
        consoleErrors.stream().filter(m -> m.contains("Content Security Policy")).forEach(m -> out.add("console: " + m));
        return out;
    }

    /** Everything a well-behaved page never does, one line each; empty when the page was clean. */
    public List<String> misbehaviour() {
        List<String> out = new ArrayList<>();
        dialogs.forEach(d -> out.add("dialog opened: " + d));
        pageErrors.forEach(e -> out.add("uncaught error: " + e));
        consoleErrors.forEach(e -> out.add("console error: " + e));
        externalRequests.forEach(r -> out.add("request left " + origin + ": " + r));
        failedResponses.forEach(r -> out.add("resource failed: " + r));
        if (!page.url().startsWith(origin)) {
            out.add("the page navigated away to " + page.url());
        }
        return out;
    }

    /** Values of simple page state, for messages. */
    public Map<String, Object> state(String... expressions) {
        Map<String, Object> out = new java.util.LinkedHashMap<>();
        for (String e : expressions) {
            out.put(e, page.evaluate("() => " + e));
        }
        return out;
    }

    @Override
    public void close() {
        context.close();
    }
}
