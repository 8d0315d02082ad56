package org.clausebook.office;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The package around a .docx's document part: content types, relationships, the core properties (title, creator,
 * identifier, permanent link, language and the item's date, never the clock) and the application properties, zipped
 * in a fixed order by {@link DeterministicZip}.
 */
final class DocxPackage {
    private static final String STANDALONE = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>";
    private static final String RELS = "http://schemas.openxmlformats.org/package/2006/relationships";
    private static final String OFFICE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";
    private static final String TYPE = "application/vnd.openxmlformats-officedocument.";

    private DocxPackage() {
    }

    /** The .docx of {@code t} with these parts (each a whole XML document). */
    static byte[] zip(ItemText t, String document, String styles, String numbering, String settings) {
        Map<String, String> parts = new LinkedHashMap<>();
        parts.put("[Content_Types].xml", contentTypes());
        parts.put("_rels/.rels", STANDALONE + "<Relationships xmlns=\"" + RELS + "\">"
                + relationship(1, "word/document.xml", OFFICE + "officeDocument")
                + relationship(2, "docProps/app.xml", OFFICE + "extended-properties")
                + relationship(3, "docProps/core.xml", "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties")
                + "</Relationships>");
        parts.put("docProps/app.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Properties xmlns=\""
                + "http://schemas.openxmlformats.org/officeDocument/2006/extended-properties\"><Application>Clausebook</Application></Properties>");
        parts.put("docProps/core.xml", core(t));
        parts.put("word/_rels/document.xml.rels", STANDALONE + "<Relationships xmlns=\"" + RELS + "\">"
                + relationship(1, "settings.xml", OFFICE + "settings")
                + relationship(2, "styles.xml", OFFICE + "styles")
                + relationship(3, "numbering.xml", OFFICE + "numbering")
                + "</Relationships>");
        parts.put("word/document.xml", document);
        parts.put("word/numbering.xml", numbering);
        parts.put("word/settings.xml", settings);
        parts.put("word/styles.xml", styles);
        Map<String, byte[]> bytes = new LinkedHashMap<>();
        parts.forEach((name, xml) -> bytes.put(name, xml.getBytes(StandardCharsets.UTF_8)));
        return DeterministicZip.write(bytes, List.of(), t.date());
    }

    private static String contentTypes() {
        return STANDALONE + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                + "<Default ContentType=\"application/vnd.openxmlformats-package.relationships+xml\" Extension=\"rels\"/>"
                + "<Default ContentType=\"application/xml\" Extension=\"xml\"/>"
                + override(TYPE + "extended-properties+xml", "/docProps/app.xml")
                + override("application/vnd.openxmlformats-package.core-properties+xml", "/docProps/core.xml")
                + override(TYPE + "wordprocessingml.document.main+xml", "/word/document.xml")
                + override(TYPE + "wordprocessingml.numbering+xml", "/word/numbering.xml")
                + override(TYPE + "wordprocessingml.settings+xml", "/word/settings.xml")
                + override(TYPE + "wordprocessingml.styles+xml", "/word/styles.xml")
                + "</Types>";
    }

    private static String override(String type, String part) {
        return "<Override ContentType=\"" + type + "\" PartName=\"" + part + "\"/>";
    }

    private static String relationship(int id, String target, String type) {
        return "<Relationship Id=\"rId" + id + "\" Target=\"" + target + "\" Type=\"" + type + "\"/>";
    }

    private static String core(ItemText t) {
        String date = t.date() + "T00:00:00Z";
        StringBuilder out = new StringBuilder(1024).append(STANDALONE)
                .append("<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\"")
                .append(" xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:dcterms=\"http://purl.org/dc/terms/\"")
                .append(" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">")
                .append("<dcterms:created xsi:type=\"dcterms:W3CDTF\">").append(date).append("</dcterms:created>")
                .append("<dc:creator>Clausebook</dc:creator>");
        element(out, "dc:description", t.permalink());
        element(out, "dc:identifier", t.ref());
        element(out, "dc:language", t.textLang());
        out.append("<dcterms:modified xsi:type=\"dcterms:W3CDTF\">").append(date).append("</dcterms:modified>");
        element(out, "dc:title", t.title());
        return out.append("</cp:coreProperties>").toString();
    }

    private static void element(StringBuilder out, String name, String text) {
        out.append('<').append(name).append('>');
        XmlText.escape(text, out);
        out.append("</").append(name).append('>');
    }
}
