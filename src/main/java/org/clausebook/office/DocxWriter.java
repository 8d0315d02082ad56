package org.clausebook.office;

import java.util.ArrayList;
import java.util.List;

/**
 * Writes .docx files (Office Open XML, WordprocessingML) as text: real Word headings, Word numbering for lists,
 * tables, bold and italic, placeholders highlighted in yellow. The parts are the few that Word and LibreOffice
 * need (content types, relationships, core properties, document, styles, numbering, settings), written in the
 * form Apache POI's XWPF writes them, so that the files are the bytes POI made for the same item
 * ({@code DocxWriterTest} holds POI to that). Building POI's object model and saving it was a fifth of the whole
 * build; written by hand, the whole downloads stage of the shipped site went from 5.8 to 1.4 s
 * (docs/build-performance.md). The zip
 * comes from {@link DeterministicZip}: the same item gives the same bytes on every build.
 */
final class DocxWriter {
    private static final String HEAD = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
    private static final String STANDALONE = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>";
    private static final String W = "xmlns:w=\"" + OoxmlParts.W + "\"";

    private DocxWriter() {
    }

    /** A body for the tender pack: the {@code w:body} children and the lists they number (numIds 1…n). */
    record PackBody(String xml, List<int[]> lists) {
    }

    /** The download of one item: title, facts, tender text, verification, sources, licence and attribution. */
    static byte[] item(ItemText t) {
        Body b = new Body();
        b.paragraph("Title", List.of(plain(t.title())));
        b.paragraph("Caption", List.of(plain(t.kind())));
        b.facts(t.facts());
        if (!t.labels().fallback().isEmpty()) {
            b.paragraph(null, List.of(new Blocks.Run(t.labels().fallback(), false, true, false, "")));
        }
        b.paragraph("Heading1", List.of(plain(t.labels().tender())));
        b.blocks(t.tender(), 1);
        if (!t.verification().isEmpty()) {
            b.paragraph("Heading1", List.of(plain(t.labels().verification())));
            b.blocks(t.verification(), 1);
        }
        if (!t.sources().isEmpty()) {
            b.paragraph("Heading1", List.of(plain(t.labels().sources())));
            b.blocks(List.of(new Blocks.ListBlock(false, 1, t.sources().stream()
                    .map(s -> List.<Blocks.Block>of(new Blocks.Paragraph(List.of(plain(s))))).toList())), 1);
        }
        b.paragraph("Heading1", List.of(plain(t.labels().licence())));
        b.paragraph(null, List.of(plain(t.licence() + " – " + t.licenceUrl())));
        b.paragraph(null, List.of(plain(t.labels().attribution() + ": " + t.attribution())));
        return DocxPackage.zip(t, HEAD + "<w:document " + W + "><w:body>" + b.xml + "</w:body></w:document>",
                HEAD + OoxmlParts.styles(t.textLang()).substring(STANDALONE.length() + 1),
                HEAD + OoxmlParts.numbering(b.lists).substring(STANDALONE.length() + 1),
                HEAD + "<w:settings " + W + "/>");
    }

    /** The part of one item in a tender pack (headings one level down; the pack has its own title and cover). */
    static PackBody packBody(ItemText t) {
        Body b = new Body();
        b.paragraph("Heading1", List.of(plain(t.title())));
        b.paragraph("Caption", List.of(plain(t.ref() + " · " + t.kind() + " · " + t.permalink())));
        if (!t.labels().fallback().isEmpty()) {
            b.paragraph(null, List.of(new Blocks.Run(t.labels().fallback(), false, true, false, "")));
        }
        b.paragraph("Heading2", List.of(plain(t.labels().tender())));
        b.blocks(t.tender(), 2);
        if (!t.verification().isEmpty()) {
            b.paragraph("Heading2", List.of(plain(t.labels().verification())));
            b.blocks(t.verification(), 2);
        }
        return new PackBody(b.xml.toString(), List.copyOf(b.lists));
    }

    private static Blocks.Run plain(String text) {
        return new Blocks.Run(text, false, false, false, "");
    }

    /** The {@code w:body} children of one document being written; lists get numIds in the order they appear. */
    private static final class Body {
        private final StringBuilder xml = new StringBuilder(8 * 1024);
        private final List<int[]> lists = new ArrayList<>();

        void paragraph(String style, List<Blocks.Run> runs) {
            paragraph(style == null ? "" : "<w:pStyle w:val=\"" + style + "\"/>", runs, false);
        }

        /** @param properties the children of {@code w:pPr}, empty for none */
        private void paragraph(String properties, List<Blocks.Run> runs, boolean bold) {
            if (properties.isEmpty() && runs.isEmpty()) {
                xml.append("<w:p/>");
                return;
            }
            xml.append("<w:p>");
            if (!properties.isEmpty()) {
                xml.append("<w:pPr>").append(properties).append("</w:pPr>");
            }
            runs(runs, bold);
            xml.append("</w:p>");
        }

        void facts(List<String[]> facts) {
            xml.append(TABLE_START);
            for (String[] fact : facts) {
                xml.append("<w:tr>");
                cell(List.of(plain(fact[0])), true);
                cell(List.of(plain(fact[1])), false);
                xml.append("</w:tr>");
            }
            xml.append("</w:tbl><w:p/>");
        }

        /** @param shift how many levels Markdown headings move down (## in a tender text is below the part's heading) */
        void blocks(List<Blocks.Block> blocks, int shift) {
            blocks(blocks, shift, 0);
        }

        private void blocks(List<Blocks.Block> blocks, int shift, int depth) {
            for (Blocks.Block block : blocks) {
                if (block instanceof Blocks.Heading h) {
                    paragraph("Heading" + Math.min(3, h.level() + shift), h.runs());
                } else if (block instanceof Blocks.Paragraph p) {
                    paragraph(null, p.runs());
                } else if (block instanceof Blocks.ListBlock l) {
                    list(l, shift, depth);
                } else if (block instanceof Blocks.Table t) {
                    table(t);
                }
            }
        }

        private void list(Blocks.ListBlock list, int shift, int depth) {
            lists.add(new int[]{list.ordered() ? 1 : 0, list.start()});
            int numId = lists.size();
            int level = Math.min(depth, 2);
            for (List<Blocks.Block> item : list.items()) {
                boolean first = true;
                for (Blocks.Block block : item) {
                    if (block instanceof Blocks.Paragraph p) {
                        String properties = "<w:pStyle w:val=\"ListParagraph\"/>" + (first
                                ? "<w:numPr><w:ilvl w:val=\"" + level + "\"/><w:numId w:val=\"" + numId + "\"/></w:numPr>"
                                : "<w:ind w:left=\"" + 567 * (level + 1) + "\"/>");
                        paragraph(properties, p.runs(), false);
                    } else {
                        blocks(List.of(block), shift, depth + 1);
                    }
                    first = false;
                }
            }
        }

        private void table(Blocks.Table t) {
            int cols = t.rows().stream().mapToInt(List::size).max().orElse(1);
            xml.append(TABLE_START);
            for (int r = 0; r < t.rows().size(); r++) {
                List<List<Blocks.Run>> row = t.rows().get(r);
                xml.append("<w:tr>");
                for (int c = 0; c < cols; c++) {
                    cell(c < row.size() ? row.get(c) : List.of(), r < t.headerRows());
                }
                xml.append("</w:tr>");
            }
            xml.append("</w:tbl><w:p/>");
        }

        private void cell(List<Blocks.Run> runs, boolean bold) {
            xml.append("<w:tc>");
            paragraph("", runs, bold);
            xml.append("</w:tc>");
        }

        /** Each line of a run is a {@code w:r}; a line break starts the next one ({@code w:br}, then the text). */
        private void runs(List<Blocks.Run> runs, boolean bold) {
            for (Blocks.Run run : runs) {
                String text = !run.url().isEmpty() && !run.url().equals(run.text()) ? run.text() + " <" + run.url() + ">" : run.text();
                String[] lines = text.split("\n", -1);
                for (int i = 0; i < lines.length; i++) {
                    xml.append("<w:r>");
                    if (run.bold() || bold || run.italic() || run.placeholder()) {
                        xml.append("<w:rPr>");
                        if (run.bold() || bold) {
                            xml.append("<w:b w:val=\"on\"/>");
                        }
                        if (run.italic()) {
                            xml.append("<w:i w:val=\"on\"/>");
                        }
                        if (run.placeholder()) {
                            xml.append("<w:highlight w:val=\"yellow\"/>");
                        }
                        xml.append("</w:rPr>");
                    }
                    if (i > 0) {
                        xml.append("<w:br/>");
                    }
                    text(lines[i]);
                    xml.append("</w:r>");
                }
            }
        }

        /** A {@code w:t}, keeping leading and trailing white space as Word needs to be told. */
        private void text(String line) {
            if (line.isEmpty()) {
                xml.append("<w:t/>");
                return;
            }
            boolean keep = Character.isWhitespace(line.charAt(0)) || Character.isWhitespace(line.charAt(line.length() - 1));
            xml.append(keep ? "<w:t xml:space=\"preserve\">" : "<w:t>");
            XmlText.content(line, xml);
            xml.append("</w:t>");
        }
    }

    private static final String TABLE_START = "<w:tbl><w:tblPr><w:tblW w:w=\"0\" w:type=\"auto\"/><w:tblBorders>"
            + "<w:top w:val=\"single\"/><w:left w:val=\"single\"/><w:bottom w:val=\"single\"/><w:right w:val=\"single\"/>"
            + "<w:insideH w:val=\"single\"/><w:insideV w:val=\"single\"/></w:tblBorders></w:tblPr>";
}
