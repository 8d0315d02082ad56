package org.clausebook.office;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes .odt files (OpenDocument 1.3 text) by hand: four small XML parts and a zip. Why not ODF Toolkit's
 * odfdom-java: it is 3.8 MB plus Xerces and stamps the generator and dates from the running system, and a
 * clause needs only headings, paragraphs, lists, tables and four text styles, about a hundred lines of XML.
 * Lists are {@code text:list} with a numbered or bulleted list style (numbering restarts with every list),
 * placeholders a span with a yellow background. The zip comes from {@link DeterministicZip}: {@code mimetype}
 * first and stored, as ODF requires, fixed dates.
 */
final class OdtWriter {
    private static final String NS = " xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\""
            + " xmlns:style=\"urn:oasis:names:tc:opendocument:xmlns:style:1.0\""
            + " xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\""
            + " xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\""
            + " xmlns:fo=\"urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0\""
            + " xmlns:dc=\"http://purl.org/dc/elements/1.1/\""
            + " xmlns:meta=\"urn:oasis:names:tc:opendocument:xmlns:meta:1.0\" office:version=\"1.3\"";
    private static final String HEAD = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";

    private OdtWriter() {
    }

    static byte[] item(ItemText t) {
        StringBuilder b = new StringBuilder();
        p(b, "Title", List.of(plain(t.title())));
        p(b, "Caption", List.of(plain(t.kind())));
        b.append("<table:table table:name=\"facts\"><table:table-column table:number-columns-repeated=\"2\"/>");
        for (String[] fact : t.facts()) {
            b.append("<table:table-row>");
            cell(b, List.of(new Blocks.Run(fact[0], true, false, false, "")));
            cell(b, List.of(plain(fact[1])));
            b.append("</table:table-row>");
        }
        b.append("</table:table>");
        if (!t.labels().fallback().isEmpty()) {
            p(b, "Standard", List.of(new Blocks.Run(t.labels().fallback(), false, true, false, "")));
        }
        h(b, 1, List.of(plain(t.labels().tender())));
        blocks(b, t.tender(), 1);
        if (!t.verification().isEmpty()) {
            h(b, 1, List.of(plain(t.labels().verification())));
            blocks(b, t.verification(), 1);
        }
        if (!t.sources().isEmpty()) {
            h(b, 1, List.of(plain(t.labels().sources())));
            blocks(b, List.of(new Blocks.ListBlock(false, 1, t.sources().stream()
                    .map(s -> List.<Blocks.Block>of(new Blocks.Paragraph(List.of(plain(s))))).toList())), 1);
        }
        h(b, 1, List.of(plain(t.labels().licence())));
        p(b, "Standard", List.of(plain(t.licence() + " – " + t.licenceUrl())));
        p(b, "Standard", List.of(plain(t.labels().attribution() + ": " + t.attribution())));

        Map<String, byte[]> parts = new LinkedHashMap<>();
        parts.put("mimetype", "application/vnd.oasis.opendocument.text".getBytes(StandardCharsets.US_ASCII));
        parts.put("META-INF/manifest.xml", utf8(manifest()));
        parts.put("meta.xml", utf8(meta(t)));
        parts.put("styles.xml", utf8(styles(t.textLang())));
        parts.put("content.xml", utf8(HEAD + "<office:document-content" + NS + "><office:automatic-styles>" + AUTOMATIC
                + "</office:automatic-styles><office:body><office:text>" + b + "</office:text></office:body></office:document-content>"));
        return DeterministicZip.write(parts, List.of("mimetype"), t.date());
    }

    /** The part of one item in a tender pack: its title, reference, tender text and verification, headings one down. */
    static String packBody(ItemText t) {
        StringBuilder b = new StringBuilder();
        h(b, 1, List.of(plain(t.title())));
        p(b, "Caption", List.of(plain(t.ref() + " · " + t.kind() + " · " + t.permalink())));
        if (!t.labels().fallback().isEmpty()) {
            p(b, "Standard", List.of(new Blocks.Run(t.labels().fallback(), false, true, false, "")));
        }
        h(b, 2, List.of(plain(t.labels().tender())));
        blocks(b, t.tender(), 2);
        if (!t.verification().isEmpty()) {
            h(b, 2, List.of(plain(t.labels().verification())));
            blocks(b, t.verification(), 2);
        }
        return b.toString();
    }

    /**
     * What assets/pack/documents.js wraps around the pack parts: the start and end of content.xml (with the text
     * styles and a page-break paragraph style "PB"), styles.xml in {@code lang}, and the manifest.
     */
    static Map<String, String> packFrame(String lang) {
        Map<String, String> out = new LinkedHashMap<>();
        StringBuilder cover = new StringBuilder("<style:style style:name=\"Small\" style:family=\"paragraph\" style:parent-style-name=\"Standard\">"
                + "<style:text-properties fo:font-size=\"9pt\"/></style:style>");
        String[] widths = {"3.1cm", "1.5cm", "4.6cm", "2.7cm", "2.8cm", "2.3cm"}; // the contents table: 17 cm, as the .docx
        for (int i = 0; i < widths.length; i++) {
            cover.append("<style:style style:name=\"Col").append(i + 1).append("\" style:family=\"table-column\">")
                    .append("<style:table-column-properties style:column-width=\"").append(widths[i]).append("\"/></style:style>");
        }
        out.put("contentStart", HEAD + "<office:document-content" + NS + "><office:automatic-styles>" + AUTOMATIC + cover
                + "</office:automatic-styles><office:body><office:text>");
        out.put("contentEnd", "</office:text></office:body></office:document-content>");
        out.put("styles", styles(lang));
        out.put("manifest", manifest());
        return out;
    }

    private static void blocks(StringBuilder b, List<Blocks.Block> blocks, int shift) {
        for (Blocks.Block block : blocks) {
            if (block instanceof Blocks.Heading h) {
                h(b, Math.min(3, h.level() + shift), h.runs());
            } else if (block instanceof Blocks.Paragraph p) {
                p(b, "Standard", p.runs());
            } else if (block instanceof Blocks.ListBlock l) {
                    b.append("<text:list text:style-name=\"").append(l.ordered() ? "LNumbered" : "LBulleted").append("\">");
                    boolean first = true;
                    for (List<Blocks.Block> item : l.items()) {
                        b.append(first && l.start() != 1 ? "<text:list-item text:start-value=\"" + l.start() + "\">" : "<text:list-item>");
                        blocks(b, item, shift);
                        b.append("</text:list-item>");
                        first = false;
                    }
                    b.append("</text:list>");
            } else if (block instanceof Blocks.Table t) {
                    int cols = t.rows().stream().mapToInt(List::size).max().orElse(1);
                    b.append("<table:table><table:table-column table:number-columns-repeated=\"").append(cols).append("\"/>");
                    for (int r = 0; r < t.rows().size(); r++) {
                        boolean header = r < t.headerRows();
                        b.append("<table:table-row>");
                        for (int c = 0; c < cols; c++) {
                            List<Blocks.Run> runs = c < t.rows().get(r).size() ? t.rows().get(r).get(c) : List.of();
                            cell(b, header ? runs.stream().map(x -> new Blocks.Run(x.text(), true, x.italic(), x.placeholder(), x.url())).toList() : runs);
                        }
                        b.append("</table:table-row>");
                    }
                    b.append("</table:table>");
            }
        }
    }

    private static void cell(StringBuilder b, List<Blocks.Run> runs) {
        b.append("<table:table-cell table:style-name=\"Cell\" office:value-type=\"string\">");
        p(b, "Standard", runs);
        b.append("</table:table-cell>");
    }

    private static void h(StringBuilder b, int level, List<Blocks.Run> runs) {
        b.append("<text:h text:style-name=\"Heading_20_").append(level).append("\" text:outline-level=\"").append(level).append("\">");
        runs(b, runs);
        b.append("</text:h>");
    }

    private static void p(StringBuilder b, String style, List<Blocks.Run> runs) {
        b.append("<text:p text:style-name=\"").append(style).append("\">");
        runs(b, runs);
        b.append("</text:p>");
    }

    private static void runs(StringBuilder b, List<Blocks.Run> runs) {
        for (Blocks.Run r : runs) {
            String text = !r.url().isEmpty() && !r.url().equals(r.text()) ? r.text() + " <" + r.url() + ">" : r.text();
            String style = (r.bold() ? "B" : "") + (r.italic() ? "I" : "") + (r.placeholder() ? "P" : "");
            if (!style.isEmpty()) {
                b.append("<text:span text:style-name=\"T").append(style).append("\">");
            }
            b.append(escape(text).replace("\n", "<text:line-break/>"));
            if (!style.isEmpty()) {
                b.append("</text:span>");
            }
        }
    }

    /** Text styles for every mix of bold (B), italic (I) and placeholder (P), and the table cell border. */
    private static final String AUTOMATIC = automatic();

    private static String automatic() {
        StringBuilder out = new StringBuilder();
        for (String s : List.of("B", "I", "P", "BI", "BP", "IP", "BIP")) {
            out.append("<style:style style:name=\"T").append(s).append("\" style:family=\"text\"><style:text-properties")
                    .append(s.contains("B") ? " fo:font-weight=\"bold\"" : "")
                    .append(s.contains("I") ? " fo:font-style=\"italic\"" : "")
                    .append(s.contains("P") ? " fo:background-color=\"#ffff00\"" : "")
                    .append("/></style:style>");
        }
        out.append("<style:style style:name=\"Cell\" style:family=\"table-cell\"><style:table-cell-properties"
                + " fo:border=\"0.5pt solid #000000\" fo:padding=\"0.1cm\"/></style:style>");
        out.append("<style:style style:name=\"PB\" style:family=\"paragraph\" style:parent-style-name=\"Standard\">"
                + "<style:paragraph-properties fo:break-before=\"page\"/></style:style>");
        return out.toString();
    }

    private static String styles(String lang) {
        StringBuilder out = new StringBuilder(HEAD + "<office:document-styles" + NS + "><office:styles>");
        out.append("<style:default-style style:family=\"paragraph\"><style:paragraph-properties fo:margin-bottom=\"0.2cm\"/>")
                .append("<style:text-properties style:font-name=\"Liberation Sans\" fo:font-family=\"'Liberation Sans', Arial, sans-serif\"")
                .append(" fo:font-size=\"11pt\" fo:language=\"").append(escape(lang)).append("\" fo:country=\"none\"/></style:default-style>")
                .append("<style:style style:name=\"Standard\" style:family=\"paragraph\" style:class=\"text\"/>")
                .append("<style:style style:name=\"Caption\" style:family=\"paragraph\"><style:text-properties fo:font-size=\"9pt\" fo:color=\"#505a5f\"/></style:style>")
                .append("<style:style style:name=\"Title\" style:family=\"paragraph\" style:class=\"chapter\"><style:paragraph-properties fo:margin-bottom=\"0.3cm\"/>")
                .append("<style:text-properties fo:font-size=\"18pt\" fo:font-weight=\"bold\"/></style:style>");
        int[] sizes = {16, 13, 11};
        for (int i = 1; i <= 3; i++) {
            out.append("<style:style style:name=\"Heading_20_").append(i).append("\" style:display-name=\"Heading ").append(i)
                    .append("\" style:family=\"paragraph\" style:default-outline-level=\"").append(i).append("\" style:class=\"text\">")
                    .append("<style:paragraph-properties fo:margin-top=\"0.4cm\" fo:margin-bottom=\"0.2cm\" fo:keep-with-next=\"always\"/>")
                    .append("<style:text-properties fo:font-size=\"").append(sizes[i - 1]).append("pt\" fo:font-weight=\"bold\"/></style:style>");
        }
        out.append(listStyle("LNumbered", true)).append(listStyle("LBulleted", false));
        return out.append("</office:styles></office:document-styles>").toString();
    }

    private static String listStyle(String name, boolean numbered) {
        String[] formats = {"1", "a", "i"};
        String[] suffix = {".", ")", "."};
        String[] bullets = {"\u2022", "\u25e6", "\u25aa"};
        StringBuilder out = new StringBuilder("<text:list-style style:name=\"" + name + "\">");
        for (int i = 1; i <= 3; i++) {
            String props = "<style:list-level-properties text:list-level-position-and-space-mode=\"label-alignment\">"
                    + "<style:list-level-label-alignment text:label-followed-by=\"listtab\" text:list-tab-stop-position=\""
                    + (i + 0.0) + "cm\" fo:text-indent=\"-0.7cm\" fo:margin-left=\"" + (i + 0.0) + "cm\"/></style:list-level-properties>";
            out.append(numbered
                    ? "<text:list-level-style-number text:level=\"" + i + "\" style:num-format=\"" + formats[i - 1]
                    + "\" style:num-suffix=\"" + suffix[i - 1] + "\">" + props + "</text:list-level-style-number>"
                    : "<text:list-level-style-bullet text:level=\"" + i + "\" text:bullet-char=\"" + bullets[i - 1] + "\">"
                    + props + "</text:list-level-style-bullet>");
        }
        return out.append("</text:list-style>").toString();
    }

    private static String meta(ItemText t) {
        String date = t.date() + "T00:00:00";
        return HEAD + "<office:document-meta" + NS + "><office:meta><meta:generator>Clausebook</meta:generator>"
                + "<dc:title>" + escape(t.title()) + "</dc:title><dc:identifier>" + escape(t.ref()) + "</dc:identifier>"
                + "<dc:description>" + escape(t.permalink()) + "</dc:description><dc:language>" + escape(t.textLang())
                + "</dc:language><meta:creation-date>" + date + "</meta:creation-date><dc:date>" + date + "</dc:date>"
                + "</office:meta></office:document-meta>";
    }

    private static String manifest() {
        return HEAD + "<manifest:manifest xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\" manifest:version=\"1.3\">"
                + "<manifest:file-entry manifest:full-path=\"/\" manifest:media-type=\"application/vnd.oasis.opendocument.text\"/>"
                + "<manifest:file-entry manifest:full-path=\"content.xml\" manifest:media-type=\"text/xml\"/>"
                + "<manifest:file-entry manifest:full-path=\"styles.xml\" manifest:media-type=\"text/xml\"/>"
                + "<manifest:file-entry manifest:full-path=\"meta.xml\" manifest:media-type=\"text/xml\"/>"
                + "</manifest:manifest>";
    }

    private static Blocks.Run plain(String text) {
        return new Blocks.Run(text, false, false, false, "");
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    static String escape(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                default -> {
                    if (c >= 0x20 || c == '\n' || c == '\t') {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }
}
