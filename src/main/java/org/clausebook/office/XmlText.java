package org.clausebook.office;

/**
 * Character data in the .docx parts. Word and LibreOffice read either form; the two forms are those of the XML
 * writers Apache POI used for these parts (XMLBeans for the document, the JDK's serialiser for the core
 * properties), so the files stayed the same bytes when the build stopped using POI.
 */
final class XmlText {
    private XmlText() {
    }

    /**
     * The text of a {@code w:t}: {@code &} and {@code <} as entities, {@code >} only where it would end a CDATA
     * section ({@code ]]>}), a carriage return as a reference; a character XML 1.0 cannot hold becomes {@code ?}.
     */
    static void content(String text, StringBuilder out) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '&' -> out.append("&amp;");
                case '>' -> out.append(i >= 2 && text.charAt(i - 1) == ']' && text.charAt(i - 2) == ']' ? "&gt;" : ">");
                case '\r' -> out.append("&#13;");
                default -> out.append(allowed(c) ? c : '?');
            }
        }
    }

    /**
     * A core property's value: {@code &}, {@code <} and {@code >} as entities, a carriage return as a reference;
     * characters XML 1.0 cannot hold are left out.
     */
    static void escape(String text, StringBuilder out) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '\r' -> out.append("&#13;");
                default -> {
                    if (allowed(c)) {
                        out.append(c);
                    }
                }
            }
        }
    }

    /** Whether XML 1.0 can hold {@code c} (surrogates pass: they come in pairs from Java strings). */
    private static boolean allowed(char c) {
        return c >= 0x20 && c != 0xFFFE && c != 0xFFFF || c == '\n' || c == '\t';
    }
}
