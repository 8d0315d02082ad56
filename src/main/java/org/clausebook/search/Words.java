package org.clausebook.search;

/**
 * How text splits into words, written so that assets/search/analyzer.js can do exactly the same
 * (docs/search-format.md, "Analysis"). A word is a maximal run of letters, marks and numbers (Unicode categories
 * L, M and N, taken code point by code point); an apostrophe (U+0027 or U+2019) between two such characters stays
 * inside the word, so elision and possessives can be handled by the filters after it. Words longer than
 * {@link #MAX_LENGTH} UTF-16 units are dropped.
 */
public final class Words {
    /** Longest word kept, in UTF-16 code units. */
    public static final int MAX_LENGTH = 255;

    private Words() {
    }

    /** A word found in a text: {@code [start, end)} in UTF-16 units. */
    public record Span(int start, int end) {
    }

    /** The next word of {@code text} at or after {@code from}, or null when there is none. */
    public static Span next(CharSequence text, int from) {
        int i = from;
        int n = text.length();
        while (i < n) {
            while (i < n && !isWordChar(Character.codePointAt(text, i))) {
                i += Character.charCount(Character.codePointAt(text, i));
            }
            if (i >= n) {
                return null;
            }
            int start = i;
            while (i < n) {
                int cp = Character.codePointAt(text, i);
                if (isWordChar(cp)) {
                    i += Character.charCount(cp);
                } else if (isApostrophe(cp) && i + 1 < n && isWordChar(Character.codePointAt(text, i + 1))) {
                    i += 1;
                } else {
                    break;
                }
            }
            if (i - start <= MAX_LENGTH) {
                return new Span(start, i);
            }
        }
        return null;
    }

    /** The text of a word as the filters see it: U+2019 becomes an ASCII apostrophe. */
    public static String text(CharSequence text, Span span) {
        return text.subSequence(span.start(), span.end()).toString().replace('\u2019', '\'');
    }

    static boolean isApostrophe(int cp) {
        return cp == '\'' || cp == '\u2019';
    }

    static boolean isWordChar(int cp) {
        return switch (Character.getType(cp)) {
            case Character.UPPERCASE_LETTER, Character.LOWERCASE_LETTER, Character.TITLECASE_LETTER,
                 Character.MODIFIER_LETTER, Character.OTHER_LETTER, Character.NON_SPACING_MARK,
                 Character.ENCLOSING_MARK, Character.COMBINING_SPACING_MARK, Character.DECIMAL_DIGIT_NUMBER,
                 Character.LETTER_NUMBER, Character.OTHER_NUMBER -> true;
            default -> false;
        };
    }
}
