package org.clausebook.browser;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.fail;

/**
 * One headless Debian chromium for every browser test in the JVM, driven by Playwright. Playwright never downloads
 * a browser of its own: the surefire configuration sets PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD and this class passes it
 * again, and the executable is always /usr/bin/chromium. When chromium is missing the tests fail and say how to
 * install it; they never skip.
 */
public final class Chromium {
    public static final Path EXECUTABLE = Path.of(System.getProperty("clausebook.chromium", "/usr/bin/chromium"));
    private static final List<String> ARGS = List.of("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
            "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
            "--disable-dev-shm-usage");

    private static Playwright playwright;
    private static Browser browser;

    private Chromium() {
    }

    /** The shared browser, launched on first use and closed when the JVM exits. */
    public static synchronized Browser browser() {
        if (browser != null && browser.isConnected()) {
            return browser;
        }
        if (!Files.isExecutable(EXECUTABLE)) {
            fail("The browser tests need Debian's chromium at " + EXECUTABLE
                    + ", which is missing: install Debian's chromium: apt-get install chromium (.ci/run does this).");
        }
        playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(EXECUTABLE)
                .setHeadless(true)
                .setArgs(ARGS));
        Runtime.getRuntime().addShutdownHook(new Thread(Chromium::close));
        return browser;
    }

    private static synchronized void close() {
        try {
            if (browser != null) {
                browser.close();
            }
            if (playwright != null) {
                playwright.close();
            }
        } catch (RuntimeException ignored) {
            // the JVM is exiting; the driver may already be gone
        }
    }
}
