package org.clausebook.office;

import org.clausebook.markdown.MarkdownRenderer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The hand-written .docx against Apache POI's XWPF (the way the downloads used to be made, {@link PoiDocxWriter}):
 * the same bytes, part by part (the application named in {@code docProps/app.xml} is Clausebook now), for Markdown with every block the writers know and for hostile text (markup,
 * entities, white space at the edges, line breaks, control characters, characters outside the BMP).
 */
class DocxWriterTest {
    private static final MarkdownBlocks MARKDOWN = new MarkdownBlocks(new MarkdownRenderer(),
            url -> url.startsWith("item:") ? "https://example.org/en/criteria/" + url.substring(5) + "/" : url);

    @ParameterizedTest
    @ValueSource(strings = {
            """
            ## Award: [Annex X]

            **Clause:** within [30] days, the *contractor* shall ***report*** to [the buyer](https://example.org/a?b=1&c=2).

            1. First, see [the warranty](item:extended-warranty).
               Second line of the same item.

               A second paragraph in the item.
               - nested point
                 1. deeper
                    - deepest
            2. Next

            5. Starts at five

            | Period | Points | Note |
            |---|---|---|
            | [2] years | 0 |
            | 3 years | 10 | *best* |

            ### A third-level heading
            #### A fourth that Word shows as the third
            """,
            "Line one  \nline two\\\nline three <b>&amp; \"quoted\" 'single' ]]> tail",
            "  leading spaces and trailing tab\t",
            "Control \u0001 and \u0008 and \u000B and form \u000C feed, \uFFFE, emoji \uD83D\uDE00 and € – “quotes”",
            "<script>alert(1)</script> &lt;already&gt; & < > &#x41;",
            ""})
    void handWrittenWordFilesAreTheBytesPoiWrote(String markdown) {
        ItemText text = text(markdown, "A <title> & \"more\"\r\nwith € – “quotes” \uD83D\uDE00");
        Map<String, byte[]> ours = DeterministicZip.read(DocxWriter.item(text));
        Map<String, byte[]> poi = DeterministicZip.read(PoiDocxWriter.item(text));
        assertEquals(List.copyOf(poi.keySet()), List.copyOf(ours.keySet()), "part names and order");
        poi.forEach((name, bytes) -> {
            if (name.equals("docProps/core.xml")) {
                // POI writes this part with whatever XML serialiser is on the class path (namespace order and
                // character references differ between the jar and the test class path): compare the values.
                assertEquals(coreValues(bytes), coreValues(ours.get(name)), name);
            } else if (name.equals("docProps/app.xml")) {
                assertSame(name, new String(bytes, StandardCharsets.UTF_8).replace(">Apache POI<", ">Clausebook<"),
                        new String(ours.get(name), StandardCharsets.UTF_8));
            } else {
                assertSame(name, new String(bytes, StandardCharsets.UTF_8), new String(ours.get(name), StandardCharsets.UTF_8));
            }
        });
        PoiDocxWriter.PackBody poiPack = PoiDocxWriter.packBody(text);
        DocxWriter.PackBody pack = DocxWriter.packBody(text);
        assertSame("the tender pack's body", poiPack.xml(), pack.xml());
        assertEquals(poiPack.lists().stream().map(java.util.Arrays::toString).toList(),
                pack.lists().stream().map(java.util.Arrays::toString).toList(), "the pack's lists");
    }

    /** Equal strings, or a failure showing where they first differ. */
    private static void assertSame(String what, String expected, String actual) {
        int i = 0;
        while (i < Math.min(expected.length(), actual.length()) && expected.charAt(i) == actual.charAt(i)) {
            i++;
        }
        if (i < expected.length() || i < actual.length()) {
            int from = Math.max(0, i - 120);
            throw new AssertionError(what + " differs at " + i + ":\n  POI:  …" + expected.substring(from, Math.min(expected.length(), i + 160))
                    + "\n  ours: …" + actual.substring(from, Math.min(actual.length(), i + 160)));
        }
    }

    /** Each element of the core properties with its text, and each attribute, in document order. */
    private static List<String> coreValues(byte[] xml) {
        try {
            var factory = javax.xml.parsers.DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            var root = factory.newDocumentBuilder().parse(new java.io.ByteArrayInputStream(xml)).getDocumentElement();
            List<String> values = new java.util.ArrayList<>();
            var children = root.getChildNodes();
            for (int i = 0; i < children.getLength(); i++) {
                var child = children.item(i);
                values.add(child.getNamespaceURI() + " " + child.getLocalName() + " = " + child.getTextContent());
            }
            return values;
        } catch (Exception e) {
            throw new AssertionError(new String(xml, StandardCharsets.UTF_8), e);
        }
    }

    private static ItemText text(String markdown, String title) {
        var labels = new ItemText.Labels("Id", "Version", "Date", "1 Oct 2026", "Language", "English", "Stage", "Ambition",
                "Text for your tender", "Verification", "Sources", "Licence", "Attribution", "Permanent link",
                "Not yet translated: shown in English.");
        return new ItemText("sample", "clauses", "1.0", LocalDate.of(2026, 10, 1), "de", "en", title, "Contract clause",
                List.of("award"), List.of("Award"), "Core", MARKDOWN.read(markdown), MARKDOWN.read(markdown.isEmpty() ? "" : "The tenderer states it."),
                List.of("A source – A publisher & co <x>", "  spaced  "), "CC-BY-4.0", "https://creativecommons.org/licenses/by/4.0/",
                "Clausebook. A sample.", "https://example.org/en/clauses/sample/1.0/?a=1&b=2", labels);
    }
}
