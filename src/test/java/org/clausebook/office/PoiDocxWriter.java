package org.clausebook.office;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.ooxml.POIXMLTypeLoader;
import org.apache.xmlbeans.XmlException;
import org.apache.xmlbeans.XmlOptions;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTDocument1;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import javax.xml.namespace.QName;

/**
 * The reference for {@link DocxWriter}: how the .docx downloads were written with Apache POI (XWPF) until the build
 * wrote them by hand. {@code DocxWriterTest} checks that both give the same bytes.
 *
 * <p>Writes .docx files with Apache POI (XWPF): real Word headings, Word numbering for lists, tables, bold and
 * italic, placeholders highlighted in yellow. POI stamps the core properties with the clock and names zip
 * entries in its own order, so the dates are set to the item's date and the zip is re-packed by
 * {@link DeterministicZip}: the same item gives the same bytes on every build.
 */
final class PoiDocxWriter {
    private PoiDocxWriter() {
    }

    /** A body for the tender pack: the {@code w:body} children and the lists they number (numIds 1…n). */
    record PackBody(String xml, List<int[]> lists) {
    }

    /** The download of one item: title, facts, tender text, verification, sources, licence and attribution. */
    static byte[] item(ItemText t) {
        return item(t, new PoiDocxParts());
    }

    /** @param parts the parsed styles and numbering, shared by the documents of one run */
    static byte[] item(ItemText t, PoiDocxParts parts) {
        Body b = new Body(t.textLang());
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
        return b.finish(t, parts);
    }

    /** The part of one item in a tender pack (headings one level down; the pack has its own title and cover). */
    static PackBody packBody(ItemText t) {
        Body b = new Body(t.textLang());
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
        String xml = b.documentXml();
        int start = xml.indexOf('>', xml.indexOf("<w:body")) + 1;
        String body = xml.substring(start, xml.lastIndexOf("</w:body>")).replaceAll("(?s)<w:sectPr.*</w:sectPr>|<w:sectPr[^>]*/>", "");
        return new PackBody(body, b.lists);
    }

    private static Blocks.Run plain(String text) {
        return new Blocks.Run(text, false, false, false, "");
    }

    /** One document being written; lists get numIds in the order they appear. */
    private static final class Body {
        private final XWPFDocument doc = new XWPFDocument();
        private final List<int[]> lists = new ArrayList<>();
        private final String lang;

        Body(String lang) {
            this.lang = lang;
        }

        void paragraph(String style, List<Blocks.Run> runs) {
            XWPFParagraph p = doc.createParagraph();
            if (style != null) {
                p.setStyle(style);
            }
            runs(p, runs, false);
        }

        void facts(List<String[]> facts) {
            XWPFTable table = doc.createTable(facts.size(), 2);
            for (int i = 0; i < facts.size(); i++) {
                cell(table.getRow(i).getCell(0), List.of(plain(facts.get(i)[0])), true);
                cell(table.getRow(i).getCell(1), List.of(plain(facts.get(i)[1])), false);
            }
            doc.createParagraph();
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
            BigInteger numId = BigInteger.valueOf(lists.size());
            for (List<Blocks.Block> item : list.items()) {
                boolean first = true;
                for (Blocks.Block block : item) {
                    if (block instanceof Blocks.Paragraph p) {
                        XWPFParagraph para = doc.createParagraph();
                        para.setStyle("ListParagraph");
                        if (first) {
                            para.setNumID(numId);
                            para.setNumILvl(BigInteger.valueOf(Math.min(depth, 2)));
                        } else {
                            para.setIndentationLeft(567 * (Math.min(depth, 2) + 1));
                        }
                        runs(para, p.runs(), false);
                    } else {
                        blocks(List.of(block), shift, depth + 1);
                    }
                    first = false;
                }
            }
        }

        private void table(Blocks.Table t) {
            int cols = t.rows().stream().mapToInt(List::size).max().orElse(1);
            XWPFTable table = doc.createTable(t.rows().size(), cols);
            for (int r = 0; r < t.rows().size(); r++) {
                List<List<Blocks.Run>> row = t.rows().get(r);
                for (int c = 0; c < cols; c++) {
                    cell(table.getRow(r).getCell(c), c < row.size() ? row.get(c) : List.of(), r < t.headerRows());
                }
            }
            doc.createParagraph();
        }

        private void cell(XWPFTableCell cell, List<Blocks.Run> runs, boolean bold) {
            runs(cell.getParagraphs().get(0), runs, bold);
        }

        private void runs(XWPFParagraph p, List<Blocks.Run> runs, boolean bold) {
            for (Blocks.Run run : runs) {
                String text = !run.url().isEmpty() && !run.url().equals(run.text()) ? run.text() + " <" + run.url() + ">" : run.text();
                String[] lines = text.split("\n", -1);
                for (int i = 0; i < lines.length; i++) {
                    XWPFRun r = p.createRun();
                    if (i > 0) {
                        r.addBreak();
                    }
                    r.setText(lines[i]);
                    if (run.bold() || bold) {
                        r.setBold(true);
                    }
                    if (run.italic()) {
                        r.setItalic(true);
                    }
                    if (run.placeholder()) {
                        r.setTextHighlightColor("yellow");
                    }
                }
            }
        }

        /**
         * {@code word/document.xml} exactly as {@code XWPFDocument.commit} writes it into the .docx, without making
         * the rest of the package (styles, numbering, properties, zip) that the pack part does not use.
         */
        String documentXml() {
            XmlOptions options = new XmlOptions(POIXMLTypeLoader.DEFAULT_XML_OPTIONS);
            options.setSaveSyntheticDocumentElement(new QName(CTDocument1.type.getName().getNamespaceURI(), "document"));
            ByteArrayOutputStream out = new ByteArrayOutputStream(16 * 1024);
            try {
                doc.getDocument().save(out, options);
                doc.getPackage().revert(); // close() would save the whole package once more
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return out.toString(StandardCharsets.UTF_8);
        }

        byte[] finish(ItemText t, PoiDocxParts parts) {
            try {
                doc.createStyles().setStyles(parts.styles(lang));
                doc.createNumbering().setNumbering(parts.numbering(lists));
                Date date = Date.from(t.date().atStartOfDay().toInstant(ZoneOffset.UTC));
                var core = doc.getProperties().getCoreProperties();
                core.setTitle(t.title());
                core.setCreator("Clausebook");
                core.setIdentifier(t.ref());
                core.setDescription(t.permalink());
                core.setCreated(Optional.of(date));
                core.setModified(Optional.of(date));
                core.getUnderlyingProperties().setLanguageProperty(t.textLang());
                ByteArrayOutputStream out = new ByteArrayOutputStream(32 * 1024);
                doc.write(out);
                doc.getPackage().revert(); // close() would save the whole package once more
                return normalise(out.toByteArray(), t.date());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (XmlException e) {
                throw new IllegalStateException("the office styles or numbering are not valid XML", e);
            }
        }
    }

    /** Re-packs a zip: {@code [Content_Types].xml} and {@code _rels/.rels} first, the rest by name. */
    private static byte[] normalise(byte[] zip, LocalDate date) {
        Map<String, byte[]> in = DeterministicZip.read(zip);
        List<String> names = new ArrayList<>(in.keySet());
        names.sort((a, b) -> Integer.compare(rank(a), rank(b)) != 0 ? Integer.compare(rank(a), rank(b)) : a.compareTo(b));
        Map<String, byte[]> ordered = new LinkedHashMap<>();
        names.forEach(n -> ordered.put(n, in.get(n)));
        return DeterministicZip.write(ordered, List.of(), date);
    }

    private static int rank(String name) {
        return name.equals("[Content_Types].xml") ? 0 : name.equals("_rels/.rels") ? 1 : 2;
    }
}
