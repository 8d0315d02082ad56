package org.clausebook.cli;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.WaitForSelectorState;
import org.clausebook.browser.Chromium;
import org.clausebook.testing.TestSites;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * serve on a copy of the fixture site, in Debian's chromium: a broken file shows its problem over the open page
 * (file, line, field and fix, text never parsed as HTML, under the site's Content-Security-Policy, dismissable with
 * the keyboard, readable at 320 px), and the problem goes away by itself when the file is fixed.
 */
@Tag("browser")
class ServeOverlayBrowserTest {
    private static final String OVERLAY = "#clausebook-serve-problems";
    private static final String CSP_LISTENER = """
            window.__cspViolations = [];
            document.addEventListener('securitypolicyviolation', e => window.__cspViolations.push(
              e.violatedDirective + ' blocked ' + (e.blockedURI || 'inline')));
            """;

    @Test
    void aBrokenFileShowsInThePageWithFileAndLineAndClearsWhenFixed(@TempDir Path tmp) throws Exception {
        Path project = TestSites.project("basic", tmp);
        Path clause = project.resolve("content/clauses/sample-clause/en.md");
        String good = Files.readString(clause);
        int port = freePort();
        Thread serving = new Thread(() -> Main.run("serve", "--source", project.toString(), "--port", String.valueOf(port)), "serve");
        serving.setDaemon(true);
        serving.start();
        String base = "http://127.0.0.1:" + port;
        try (BrowserContext context = Chromium.browser().newContext(new Browser.NewContextOptions().setViewportSize(320, 700))) {
            awaitPage(base + "/en/");
            context.addInitScript(CSP_LISTENER);
            List<String> dialogs = new CopyOnWriteArrayList<>();
            List<String> errors = new CopyOnWriteArrayList<>();
            Page page = context.newPage();
            page.onDialog(d -> {
                dialogs.add(d.message());
                d.dismiss();
            });
            page.onPageError(e -> errors.add(String.valueOf(e)));
            page.navigate(base + "/en/");
            Thread.sleep(700); // the watcher registers once the first build is served

            // Hostile text in a field: the problem message quotes it, and the overlay must show it as text.
            Files.writeString(clause, good.replace("ambition: core", "ambition: \"<img src=x id=injected onerror=alert(1)>\""));
            Locator overlay = page.locator(OVERLAY);
            overlay.waitFor(new Locator.WaitForOptions().setTimeout(60_000));
            String text = overlay.innerText();
            assertTrue(text.contains("content/clauses/sample-clause/en.md:7"), "file and line: " + text);
            assertTrue(text.contains("ambition"), "the field: " + text);
            assertTrue(text.contains("Fix:"), "how to fix it: " + text);
            assertEquals("alert", overlay.getAttribute("role"));
            assertEquals(0, page.locator("#injected").count(), "problem text is never parsed as HTML");
            assertTrue(dialogs.isEmpty(), "no dialog ran: " + dialogs);
            double right = ((Number) page.evaluate("document.querySelector('" + OVERLAY + "').getBoundingClientRect().right")).doubleValue();
            assertTrue(right <= 320, "the panel fits a 320 px screen: right edge at " + right);
            assertTrue((boolean) page.evaluate("document.documentElement.scrollWidth <= 320"), "no sideways scrolling at 320 px");
            assertEquals("clausebook-serve-problems", page.evaluate("document.activeElement.id"), "focus moves to the panel");

            page.keyboard().press("Escape");
            overlay.waitFor(new Locator.WaitForOptions().setState(WaitForSelectorState.DETACHED).setTimeout(5_000));
            page.reload();
            overlay.waitFor(new Locator.WaitForOptions().setTimeout(10_000)); // a page opened while broken shows it too

            Files.writeString(clause, good);
            overlay.waitFor(new Locator.WaitForOptions().setState(WaitForSelectorState.DETACHED).setTimeout(60_000));
            page.waitForLoadState();
            assertEquals(0, page.locator(OVERLAY).count(), "gone after the fix");
            assertEquals(List.of(), page.evaluate("window.__cspViolations"), "no Content-Security-Policy violation");
            assertTrue(errors.isEmpty(), "no script error: " + errors);
        } finally {
            serving.interrupt();
            serving.join(10_000);
        }
    }

    private static void awaitPage(String url) throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        long deadline = System.currentTimeMillis() + 120_000;
        while (System.currentTimeMillis() < deadline) {
            try {
                if (client.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (java.io.IOException e) {
                // not listening yet
            }
            Thread.sleep(200);
        }
        throw new AssertionError("serve did not answer " + url);
    }

    private static int freePort() throws Exception {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
