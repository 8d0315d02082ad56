package org.clausebook.office;

import org.clausebook.markdown.MarkdownRenderer;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The Markdown reading and the writers, without LibreOffice: structure, placeholders, numbering, same bytes. */
class OfficeWritersTest {
    private static final MarkdownBlocks MARKDOWN = new MarkdownBlocks(new MarkdownRenderer(),
            url -> url.startsWith("item:") ? "https://example.org/en/criteria/" + url.substring(5) + "/" : url);
    private static final String TENDER = """
            **Clause: [Annex X]**

            1. Within [30] days, the *contractor* shall report.
            2. See [the warranty](item:extended-warranty).
               - nested point

            | Period | Points |
            |---|---|
            | [2] years | 0 |
            """;

    @Test
    void markdownBecomesHeadingsListsTablesAndHighlightedPlaceholders() {
        List<Blocks.Block> blocks = MARKDOWN.read(TENDER);
        assertEquals(3, blocks.size());
        Blocks.Paragraph first = (Blocks.Paragraph) blocks.get(0);
        assertEquals(List.of(new Blocks.Run("Clause: ", true, false, false, ""), new Blocks.Run("[Annex X]", true, false, true, "")),
                first.runs());
        Blocks.ListBlock list = (Blocks.ListBlock) blocks.get(1);
        assertTrue(list.ordered());
        assertEquals(2, list.items().size());
        List<Blocks.Run> item = ((Blocks.Paragraph) list.items().get(0).get(0)).runs();
        assertEquals("[30]", item.get(1).text());
        assertTrue(item.get(1).placeholder());
        assertTrue(item.stream().anyMatch(r -> r.italic() && r.text().equals("contractor")));
        Blocks.Run link = ((Blocks.Paragraph) list.items().get(1).get(0)).runs().get(1);
        assertEquals("https://example.org/en/criteria/extended-warranty/", link.url());
        assertTrue(list.items().get(1).get(1) instanceof Blocks.ListBlock nested && !nested.ordered());
        Blocks.Table table = (Blocks.Table) blocks.get(2);
        assertEquals(1, table.headerRows());
        assertEquals(2, table.rows().size(), "the |---| line is not a row");
        assertTrue(table.rows().get(1).get(0).get(0).placeholder());
    }

    @Test
    void wordFilesUseWordNumberingAndHighlightAndAreTheSameBytesTwice() {
        ItemText text = sample();
        byte[] docx = DocxWriter.item(text);
        assertTrue(Arrays.equals(docx, DocxWriter.item(sample())), "two .docx of the same item differ");
        Map<String, byte[]> parts = DeterministicZip.read(docx);
        assertEquals("[Content_Types].xml", parts.keySet().iterator().next());
        String document = new String(parts.get("word/document.xml"), StandardCharsets.UTF_8);
        assertTrue(document.contains("<w:numId w:val=\"1\"/>") && document.contains("<w:numId w:val=\"2\"/>"), "lists are not numbered by Word");
        assertTrue(document.contains("<w:highlight w:val=\"yellow\"/></w:rPr><w:t>[30]</w:t>"), "placeholder not highlighted");
        assertTrue(!document.contains(">1. "), "a typed list number");
        String core = new String(parts.get("docProps/core.xml"), StandardCharsets.UTF_8);
        assertTrue(core.contains("2026-10-01T00:00:00Z"), core);
    }

    @Test
    void openDocumentFilesStartWithTheStoredMimetypeAndUseListStyles() {
        byte[] odt = OdtWriter.item(sample());
        assertEquals("mimetype", new String(odt, 30, 8, StandardCharsets.US_ASCII));
        assertTrue(new String(odt, 38, 39, StandardCharsets.US_ASCII).startsWith("application/vnd.oasis.opendocument.text"));
        String content = new String(DeterministicZip.read(odt).get("content.xml"), StandardCharsets.UTF_8);
        assertTrue(content.contains("<text:list text:style-name=\"LNumbered\">"));
        assertTrue(content.contains("<text:span text:style-name=\"TP\">[30]</text:span>"));
        assertTrue(Arrays.equals(odt, OdtWriter.item(sample())));
    }

    private static ItemText sample() {
        var labels = new ItemText.Labels("Id", "Version", "Date", "October 1, 2026", "Language", "English", "Stage", "Ambition",
                "Text for your tender", "Verification", "Sources", "Licence", "Attribution", "Permanent link", "");
        return new ItemText("sample", "clauses", "1.0", LocalDate.of(2026, 10, 1), "en", "en", "A sample clause", "Contract clause",
                List.of("award"), List.of("Award"), "Core", MARKDOWN.read(TENDER), MARKDOWN.read("The tenderer states it."),
                List.of("A source – A publisher"), "CC-BY-4.0", "https://creativecommons.org/licenses/by/4.0/", "Clausebook. A sample.",
                "https://example.org/en/clauses/sample/1.0/", labels);
    }
}
