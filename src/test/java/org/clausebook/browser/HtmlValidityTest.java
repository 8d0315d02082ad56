package org.clausebook.browser;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every HTML page the build writes, in every language, passes the Nu HTML Checker with zero errors. */
@Tag("output")
class HtmlValidityTest {

    @Test
    void everyGeneratedPageIsValidHtml() throws IOException {
        BuiltSite site = LocalSite.site();
        NuHtmlChecker checker = new NuHtmlChecker();
        List<String> errors = new ArrayList<>();
        long started = System.nanoTime();
        for (String page : site.htmlPages()) {
            for (String e : checker.errors(page, Files.readAllBytes(site.root().resolve(page)))) {
                errors.add(page + ":" + e);
            }
        }
        System.out.printf("[html] Nu HTML Checker: %d pages in %d languages checked in %.1f s, %d errors%n",
                site.htmlPages().size(), site.languages().size(), (System.nanoTime() - started) / 1e9, errors.size());
        assertFalse(site.htmlPages().isEmpty(), "the build wrote no HTML pages");
        assertTrue(errors.isEmpty(), errors.size() + " HTML error(s):\n" + String.join("\n", errors.subList(0, Math.min(200, errors.size()))));
    }

    @Test
    void theCheckerFindsErrors() {
        List<String> errors = new NuHtmlChecker().errors("probe.html", ("<!DOCTYPE html><html lang=en><head><title>x</title></head>"
                + "<body><p id=a>one</p><p id=a>two</p><img src=x.png><ul><div>no</div></ul><a href='a b'>x</a></body></html>").getBytes());
        String all = String.join("\n", errors);
        assertTrue(all.contains("Duplicate ID"), "no duplicate-id error: " + all);
        assertTrue(all.contains("alt"), "no missing-alt error: " + all);
        assertTrue(all.contains("Element \u201cdiv\u201d not allowed as child of element \u201cul\u201d"), "no content-model error: " + all);
        assertTrue(all.contains("Illegal character in path segment"), "no URL error: " + all);
    }
}
