package org.clausebook.search;

import java.text.Normalizer;

/**
 * Diacritics folding of an already lowercased term, for matching what a buyer types without accents ("malmo",
 * "pieces detachees") against the library's words ("malmö", "pièces détachées"). Decompose (NFD), drop nonspacing
 * marks (Unicode Mn), then map the few letters that do not decompose. assets/search/analyzer.js {@code fold} does
 * the same. Folded matches rank below the exact form ({@link Expansion#fold()}).
 */
public final class Fold {
    private Fold() {
    }

    public static String fold(String term) {
        String decomposed = Normalizer.normalize(term, Normalizer.Form.NFD);
        StringBuilder out = new StringBuilder(decomposed.length());
        decomposed.codePoints().forEach(cp -> {
            if (Character.getType(cp) == Character.NON_SPACING_MARK) {
                return;
            }
            switch (cp) {
                case 'ø' -> out.append('o');
                case 'æ' -> out.append("ae");
                case 'œ' -> out.append("oe");
                case 'ß' -> out.append("ss");
                case 'đ', 'ð' -> out.append('d');
                case 'ł' -> out.append('l');
                case 'þ' -> out.append("th");
                case 'ı' -> out.append('i');
                default -> out.appendCodePoint(cp);
            }
        });
        return out.toString();
    }
}
