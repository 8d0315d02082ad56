package org.clausebook.search;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;

import java.nio.file.Paths;
import java.util.List;
import java.util.Map;

/**
 * Debian's chromium (/usr/bin/chromium) driven by Playwright, never a browser Playwright downloads itself
 * (PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD is set by surefire and again here).
 */
final class Headless implements AutoCloseable {
    static final String EXECUTABLE = "/usr/bin/chromium";
    private final Playwright playwright;
    private final Browser browser;

    Headless() {
        playwright = Playwright.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(Paths.get(EXECUTABLE))
                .setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
                        "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-dev-shm-usage")));
    }

    Browser browser() {
        return browser;
    }

    @Override
    public void close() {
        browser.close();
        playwright.close();
    }
}
