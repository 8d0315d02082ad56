package org.clausebook.office;

import org.clausebook.browser.BuiltSite;
import org.clausebook.content.Item;
import org.clausebook.render.RenderContext;
import org.clausebook.site.SiteBuilder;
import org.clausebook.testing.Cli;
import org.clausebook.testing.TestSites;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SortedMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The downloads of the shipped library, read back the way a buyer's word processor reads them: every criterion
 * and clause in English and German, as .docx and .odt, converted to PDF by LibreOffice in one run, must show its
 * title, id and version and its tender text, with the list numbers. And two builds give the same bytes.
 */
@Tag("office")
class OfficeDownloadsTest {
    private static final List<String> SAMPLE_LANGUAGES = List.of("en", "de");
    private static BuiltSite site;
    private static RenderContext ctx;

    @BeforeAll
    static void build() throws Exception {
        LibreOffice.requireInstalled();
        site = BuiltSite.get();
        ctx = SiteBuilder.check(BuiltSite.REPO, false, "v-test");
    }

    private static List<Item> items() {
        return ctx.model().items().values().stream().filter(i -> Downloads.SECTIONS.contains(i.section())).toList();
    }

    private static Path file(Item item, String lang, String ext) {
        return site.root().resolve(ctx.urls().file(Downloads.fileUrl(ctx, item, item.version(), lang, ext)));
    }

    @Test
    void everyItemHasFourDownloadsInEveryLanguageLinkedFromItsPage() {
        assertTrue(items().size() >= 25, "the library has " + items().size() + " criteria and clauses");
        for (Item item : items()) {
            for (String lang : ctx.model().config().languages()) {
                String page = site.read(ctx.urls().file(ctx.itemUrl(lang, item)));
                for (String ext : List.of("docx", "odt", "md", "txt")) {
                    assertTrue(Files.isRegularFile(file(item, lang, ext)), file(item, lang, ext) + " is missing");
                    assertTrue(page.contains("href=\"" + Downloads.fileUrl(ctx, item, item.version(), lang, ext) + "\""),
                            item.id() + " in " + lang + " does not link its ." + ext);
                }
            }
        }
    }

    @Test
    void wordAndOpenDocumentFilesShowTitleIdVersionAndNumberedTenderTextInLibreOffice(@TempDir Path tmp) throws Exception {
        List<Path> files = new ArrayList<>();
        List<Expected> expected = new ArrayList<>();
        Path in = Files.createDirectories(tmp.resolve("in"));
        for (Item item : items()) {
            for (String lang : SAMPLE_LANGUAGES) {
                for (String ext : List.of("docx", "odt")) {
                    Path copy = in.resolve(file(item, lang, ext).getFileName());
                    Files.copy(file(item, lang, ext), copy);
                    files.add(copy);
                    expected.add(Expected.of(item, lang));
                }
            }
        }
        List<Path> pdfs = LibreOffice.toPdf(files, tmp);
        List<String> failures = new ArrayList<>();
        for (int i = 0; i < pdfs.size(); i++) {
            String text = LibreOffice.squash(LibreOffice.text(pdfs.get(i)));
            for (String phrase : expected.get(i).phrases()) {
                if (!text.contains(LibreOffice.squash(phrase))) {
                    failures.add(files.get(i).getFileName() + ": no \"" + phrase + "\"");
                }
            }
        }
        assertEquals(List.of(), failures, "phrases missing from the PDFs LibreOffice made");
    }

    @Test
    void theDownloadsAreTheSameBytesOnEveryBuild(@TempDir Path tmp) throws Exception {
        Path other = tmp.resolve("other");
        var run = Cli.run(List.of("-Duser.timezone=Pacific/Kiritimati", "-Duser.language=tr", "-Duser.country=TR"),
                "build", "--source", Cli.path(BuiltSite.REPO), "--out", Cli.path(other));
        assertEquals(0, run.exit(), run.err());
        SortedMap<String, byte[]> first = downloads(TestSites.readTree(site.root()));
        SortedMap<String, byte[]> second = downloads(TestSites.readTree(other));
        assertEquals(first.keySet(), second.keySet());
        assertTrue(first.size() >= items().size() * 8 * 5, "only " + first.size() + " downloads");
        for (String name : first.keySet()) {
            assertTrue(Arrays.equals(first.get(name), second.get(name)), name + " differs between two builds");
        }
    }

    private static SortedMap<String, byte[]> downloads(SortedMap<String, byte[]> tree) {
        tree.keySet().removeIf(name -> !name.matches(".*\\.(docx|odt|md|txt|pack\\.json)$") && !name.endsWith("pack/items.json")
                || name.endsWith("robots.txt"));
        return tree;
    }

    /** What a PDF of an item must contain. */
    private record Expected(List<String> phrases) {
        static Expected of(Item item, String lang) {
            var doc = item.in(lang).orElse(item.source());
            List<String> phrases = new ArrayList<>(List.of(LibreOffice.normalise(doc.meta().title()), item.id(), item.version()));
            MarkdownBlocks blocks = new MarkdownBlocks(ctx.markdown(), url -> "");
            for (Blocks.Block block : blocks.read(doc.meta().tenderText())) {
                if (block instanceof Blocks.Paragraph p) {
                    phrases.add(start(Blocks.plain(p.runs())));
                } else if (block instanceof Blocks.ListBlock list) {
                    for (int i = 0; i < list.items().size(); i++) {
                        if (list.items().get(i).get(0) instanceof Blocks.Paragraph p) {
                            phrases.add((list.ordered() ? (list.start() + i) + ". " : "") + start(Blocks.plain(p.runs())));
                        }
                    }
                }
            }
            return new Expected(phrases);
        }

        private static String start(String text) {
            String words = LibreOffice.normalise(text);
            return words.length() <= 40 ? words : words.substring(0, words.lastIndexOf(' ', 40));
        }
    }
}
