package org.clausebook.office;

import java.util.List;

/**
 * The WordprocessingML the .docx downloads and the browser-built tender pack share: the styles (headings, title,
 * a document language) and the two list definitions, numbered and bulleted. Each list in a document is its own
 * {@code w:num} over one of them, restarting at its first number. {@code assets/pack/docx.js} receives the same
 * strings through the pack parts, so both kinds of file number lists the same way.
 */
public final class OoxmlParts {
    static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    /** abstractNum ids */
    static final int NUMBERED = 0;
    static final int BULLETED = 1;

    private OoxmlParts() {
    }

    /** The {@code w:abstractNum} elements (numbered: 1. a) i.; bulleted: • ◦ ▪). */
    public static String abstractNums() {
        StringBuilder out = new StringBuilder();
        out.append("<w:abstractNum w:abstractNumId=\"").append(NUMBERED).append("\"><w:multiLevelType w:val=\"hybridMultilevel\"/>");
        String[][] numbered = {{"decimal", "%1."}, {"lowerLetter", "%2)"}, {"lowerRoman", "%3."}};
        for (int i = 0; i < 3; i++) {
            out.append(level(i, numbered[i][0], numbered[i][1]));
        }
        out.append("</w:abstractNum>");
        out.append("<w:abstractNum w:abstractNumId=\"").append(BULLETED).append("\"><w:multiLevelType w:val=\"hybridMultilevel\"/>");
        String[] bullets = {"\u2022", "\u25e6", "\u25aa"};
        for (int i = 0; i < 3; i++) {
            out.append(level(i, "bullet", bullets[i]));
        }
        out.append("</w:abstractNum>");
        return out.toString();
    }

    private static String level(int i, String format, String text) {
        return "<w:lvl w:ilvl=\"" + i + "\"><w:start w:val=\"1\"/><w:numFmt w:val=\"" + format + "\"/><w:lvlText w:val=\""
                + text + "\"/><w:lvlJc w:val=\"left\"/><w:pPr><w:ind w:left=\"" + (567 * (i + 1))
                + "\" w:hanging=\"397\"/></w:pPr></w:lvl>";
    }

    /** One list: a {@code w:num} over the numbered or bulleted definition, starting again at {@code start}. */
    public static String num(int numId, boolean ordered, int start) {
        StringBuilder out = new StringBuilder("<w:num w:numId=\"" + numId + "\"><w:abstractNumId w:val=\""
                + (ordered ? NUMBERED : BULLETED) + "\"/>");
        for (int i = 0; i < 3; i++) {
            out.append("<w:lvlOverride w:ilvl=\"").append(i).append("\"><w:startOverride w:val=\"")
                    .append(i == 0 ? start : 1).append("\"/></w:lvlOverride>");
        }
        return out.append("</w:num>").toString();
    }

    /** The whole numbering part for the lists of one document ({@code lists.get(i)} is numId i+1: ordered, start). */
    public static String numbering(List<int[]> lists) {
        StringBuilder out = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<w:numbering xmlns:w=\"" + W + "\">");
        out.append(abstractNums());
        for (int i = 0; i < lists.size(); i++) {
            out.append(num(i + 1, lists.get(i)[0] == 1, lists.get(i)[1]));
        }
        return out.append("</w:numbering>").toString();
    }

    /** The styles part: body text, title, three heading levels and a small caption style, in {@code lang}. */
    public static String styles(String lang) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<w:styles xmlns:w=\"" + W + "\">"
                + "<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii=\"Calibri\" w:hAnsi=\"Calibri\" w:cs=\"Calibri\" w:eastAsia=\"Calibri\"/>"
                + "<w:sz w:val=\"22\"/><w:szCs w:val=\"22\"/><w:lang w:val=\"" + lang + "\"/></w:rPr></w:rPrDefault>"
                + "<w:pPrDefault><w:pPr><w:spacing w:after=\"120\" w:line=\"264\" w:lineRule=\"auto\"/></w:pPr></w:pPrDefault></w:docDefaults>"
                + "<w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"Normal\"><w:name w:val=\"Normal\"/><w:qFormat/></w:style>"
                + heading("Title", "Title", 0, 36, 240)
                + heading("Heading1", "heading 1", 0, 32, 360)
                + heading("Heading2", "heading 2", 1, 26, 240)
                + heading("Heading3", "heading 3", 2, 23, 200)
                + "<w:style w:type=\"paragraph\" w:styleId=\"Caption\"><w:name w:val=\"caption\"/><w:basedOn w:val=\"Normal\"/>"
                + "<w:rPr><w:color w:val=\"505A5F\"/><w:sz w:val=\"18\"/><w:szCs w:val=\"18\"/></w:rPr></w:style>"
                + "<w:style w:type=\"paragraph\" w:styleId=\"ListParagraph\"><w:name w:val=\"List Paragraph\"/><w:basedOn w:val=\"Normal\"/><w:qFormat/></w:style>"
                + "<w:style w:type=\"table\" w:default=\"1\" w:styleId=\"TableNormal\"><w:name w:val=\"Normal Table\"/>"
                + "<w:tblPr><w:tblCellMar><w:left w:w=\"108\" w:type=\"dxa\"/><w:right w:w=\"108\" w:type=\"dxa\"/></w:tblCellMar></w:tblPr></w:style>"
                + "</w:styles>";
    }

    private static String heading(String id, String name, int outline, int halfPoints, int before) {
        boolean title = id.equals("Title");
        return "<w:style w:type=\"paragraph\" w:styleId=\"" + id + "\"><w:name w:val=\"" + name + "\"/><w:basedOn w:val=\"Normal\"/>"
                + "<w:next w:val=\"Normal\"/><w:qFormat/><w:pPr><w:keepNext/><w:spacing w:before=\"" + before + "\" w:after=\"120\"/>"
                + (title ? "" : "<w:outlineLvl w:val=\"" + outline + "\"/>") + "</w:pPr>"
                + "<w:rPr><w:b/><w:bCs/><w:sz w:val=\"" + halfPoints + "\"/><w:szCs w:val=\"" + halfPoints + "\"/></w:rPr></w:style>";
    }
}
