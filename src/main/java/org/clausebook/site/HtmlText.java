package org.clausebook.site;

import org.jsoup.parser.Parser;

/** Character references in a page's text and attribute values, read and written as jsoup reads and writes them. */
final class HtmlText {
    private HtmlText() {
    }

    /**
     * The text of {@code raw} with its character references read: the ones the templates and the Markdown renderer
     * write are read here; a page with any other is read by jsoup's own reader (creating one per call is costly).
     */
    static String unescape(String raw, boolean attribute) {
        int amp = raw.indexOf('&');
        if (amp < 0) {
            return raw;
        }
        StringBuilder out = new StringBuilder(raw.length());
        int from = 0;
        while (amp >= 0) {
            out.append(raw, from, amp);
            int semi = raw.indexOf(';', amp);
            String ref = semi < 0 || semi - amp > 10 ? "" : raw.substring(amp + 1, semi);
            int code = switch (ref) {
                case "amp" -> '&';
                case "lt" -> '<';
                case "gt" -> '>';
                case "quot" -> '"';
                case "apos", "#39" -> '\'';
                case "nbsp" -> '\u00a0';
                default -> numeric(ref);
            };
            if (code < 0) {
                return Parser.unescapeEntities(raw, attribute);
            }
            out.appendCodePoint(code);
            from = semi + 1;
            amp = raw.indexOf('&', from);
        }
        return out.append(raw, from, raw.length()).toString();
    }

    /** A decimal or hexadecimal reference to a character other than a control character, or -1. */
    private static int numeric(String ref) {
        try {
            int code = ref.startsWith("#x") || ref.startsWith("#X") ? Integer.parseInt(ref.substring(2), 16)
                    : ref.startsWith("#") ? Integer.parseInt(ref.substring(1)) : -1;
            // jsoup reads 0x80-0x9f as windows-1252 and replaces some others: those pages are left to it
            return code >= 0x20 && code < 0x7f || code >= 0xa0 && code < 0xd800 || code >= 0xe000 && code < 0xfdd0
                    || code > 0xfdef && code < 0xfffe || code >= 0x10000 && code <= 0x10ffff ? code : -1;
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /**
     * Appends {@code s[from, to)} escaped as jsoup's HTML output escapes it (base mode, UTF-8): {@code &}, {@code <},
     * {@code >} and the no-break space as entities, and {@code "} inside an attribute value.
     */
    static void escape(String s, int from, int to, boolean attribute, StringBuilder out) {
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '\u00a0' -> out.append("&nbsp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append(attribute ? "&quot;" : "\"");
                default -> out.append(c);
            }
        }
    }
}
