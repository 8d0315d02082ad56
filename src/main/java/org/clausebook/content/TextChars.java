package org.clausebook.content;

import java.util.Locale;
import java.util.OptionalInt;

/**
 * Characters no web page may contain: control characters other than tab, line feed, form feed and carriage return,
 * and Unicode noncharacters. Written into a page they make it invalid HTML (and show as boxes, or not at all).
 */
final class TextChars {
    private TextChars() {
    }

    /** Index of the first forbidden character in {@code text}, if any. */
    static OptionalInt firstForbidden(String text) {
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            if (forbidden(c)) {
                return OptionalInt.of(i);
            }
            i += Character.charCount(c);
        }
        return OptionalInt.empty();
    }

    static boolean forbidden(int c) {
        boolean control = (c < 0x20 && c != '\t' && c != '\n' && c != '\f' && c != '\r') || (c >= 0x7F && c <= 0x9F);
        boolean nonCharacter = (c >= 0xFDD0 && c <= 0xFDEF) || (c & 0xFFFE) == 0xFFFE;
        return control || nonCharacter;
    }

    /** U+0007, for messages. */
    static String name(int c) {
        return String.format(Locale.ROOT, "U+%04X", c);
    }
}
