package org.clausebook.office;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.clausebook.browser.LocalSite;
import org.clausebook.browser.WatchedPage;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The tender pack end to end, in Chromium: three items added on three pages (an item page, a listing, search
 * results), kept over a reload, reordered with the buttons, the document language switched to German, the .docx
 * downloaded and read (order, German titles, Word numbering) and opened in LibreOffice; the share link rebuilds the
 * same pack in a fresh browser with empty storage.
 */
@Tag("browser")
@Tag("office")
class TenderPackBrowserTest {
    private static final String CONFLICT = "conflict-minerals-due-diligence";
    private static final String LABOUR = "labour-rights-code";
    private static final String WARRANTY = "extended-warranty";

    @Test
    void aPackFromThreePagesIsKeptReorderedDownloadedInGermanAndSharedByLink(@TempDir Path tmp) throws Exception {
        LibreOffice.requireInstalled();
        String shareLink;
        Path docx = tmp.resolve("pack.docx");
        Path odt = tmp.resolve("pack-odt.odt");
        try (WatchedPage tab = new WatchedPage(LocalSite.server())) {
            Page page = tab.page();
            tab.open("/en/clauses/" + CONFLICT + "/");
            press(page.locator("button.pack-add"));

            tab.open("/en/clauses/");
            press(page.locator(".entry:has(.entry-title a[href$='/clauses/" + LABOUR + "/']) button.pack-add"));

            tab.open("/en/search/?q=warranty&scope=this");
            press(page.locator("#search-results .entry:has(.entry-title a[href$='/criteria/" + WARRANTY + "/']) button.pack-add"));
            assertEquals(List.of(), tab.misbehaviour(), "errors while adding items");

            tab.open("/en/pack/");
            page.waitForSelector("#pack-groups li");
            // Grouped by stage: award (the warranty) before contract performance (the two clauses, in the order added).
            assertEquals(List.of(WARRANTY, CONFLICT, LABOUR), shown(page));
            page.reload();
            tab.settle();
            page.waitForSelector("#pack-groups li");
            assertEquals(List.of(WARRANTY, CONFLICT, LABOUR), shown(page), "the pack did not survive a reload");

            page.locator("li[data-id='" + LABOUR + "'] button[data-action='up']").click();
            assertEquals(List.of(WARRANTY, LABOUR, CONFLICT), shown(page));
            assertEquals(LABOUR, page.evaluate("document.activeElement.closest('li').dataset.id"), "focus left the moved item");
            page.waitForFunction("() => document.getElementById('pack-status').textContent.length > 0");
            assertTrue(page.locator("li[data-id='" + WARRANTY + "'] button[data-action='down']").isDisabled());

            page.selectOption("#pack-lang", "de");
            Download download = page.waitForDownload(() -> page.click("#pack-docx"));
            download.saveAs(docx);
            page.waitForDownload(() -> page.click("#pack-odt")).saveAs(odt);
            shareLink = page.locator("#pack-share").getAttribute("href");
            assertEquals(List.of(), tab.misbehaviour(), "errors on the pack page");
        }

        Map<String, byte[]> parts = DeterministicZip.read(Files.readAllBytes(docx));
        String document = new String(parts.get("word/document.xml"), StandardCharsets.UTF_8);
        List<Integer> at = new ArrayList<>();
        for (String id : List.of(WARRANTY, LABOUR, CONFLICT)) {
            at.add(document.indexOf(id + "@"));
        }
        assertTrue(at.get(0) >= 0 && at.get(0) < at.get(1) && at.get(1) < at.get(2), "items out of order in the .docx: " + at);
        assertTrue(document.contains("Vergabepaket"), "the pack is not in German");
        assertTrue(document.contains("Arbeitsrechtskodex"), "the German title of " + LABOUR + " is missing");
        String numbering = new String(parts.get("word/numbering.xml"), StandardCharsets.UTF_8);
        assertTrue(numbering.contains("<w:num w:numId=\"1\">"), "no Word numbering in the pack");

        for (Path pdf : LibreOffice.toPdf(List.of(docx, odt), tmp)) {
            String text = LibreOffice.squash(LibreOffice.text(pdf));
            // After the contents table (which lists the ids too), each item's reference line "id@version · …".
            int warranty = text.lastIndexOf(LibreOffice.squash(WARRANTY + "@"));
            int labour = text.lastIndexOf(LibreOffice.squash(LABOUR + "@"));
            int conflict = text.lastIndexOf(LibreOffice.squash(CONFLICT + "@"));
            assertTrue(warranty >= 0 && warranty < labour && labour < conflict, pdf.getFileName() + ": items out of order in LibreOffice");
            assertTrue(text.contains(LibreOffice.squash("Arbeitsrechtskodex")), pdf.getFileName() + ": German title missing");
            assertTrue(text.contains(LibreOffice.squash("1. ")), pdf.getFileName() + ": no list numbers in the PDF of the pack");
        }

        try (WatchedPage fresh = new WatchedPage(LocalSite.server())) {
            assertTrue(shareLink.startsWith(fresh.origin() + "/en/pack/?items="), shareLink);
            fresh.open(shareLink.substring(fresh.origin().length()));
            fresh.page().waitForSelector("#pack-groups li");
            assertEquals(List.of(WARRANTY, LABOUR, CONFLICT), shown(fresh.page()), "the share link did not rebuild the pack");
            assertEquals(List.of(), fresh.misbehaviour());
        }
    }

    /** Clicks an "Add to tender pack" button once the script has shown it, and checks that it now says pressed. */
    private static void press(Locator button) {
        button.waitFor();
        button.click();
        button.page().waitForFunction("b => b.getAttribute('aria-pressed') === 'true'", button.elementHandle());
    }

    @SuppressWarnings("unchecked")
    private static List<String> shown(Page page) {
        return (List<String>) page.evaluate("[...document.querySelectorAll('#pack-groups li.pack-item')].map(li => li.dataset.id)");
    }
}
