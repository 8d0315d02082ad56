package org.clausebook.search;

import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Compound splitting for the languages that write compounds as one word (de, nl, sv, da, nb, fi). The dictionary
 * is the library's own vocabulary, built at build time from the language's documents (no download): every
 * lowercased word of {@link #MIN_PART}–{@link #MAX_PART} letters that is not a stopword and stands alone in at
 * least {@link #MIN_DOCS} documents. Parts are added at the compound's position, so BM25 length norms (which
 * discount overlapping tokens) are unchanged; the browser needs no splitting, since it only reads the index.
 */
final class Compounds {
    static final Set<String> LANGUAGES = Set.of("de", "nl", "sv", "da", "nb", "fi");
    static final int MIN_WORD = 8;
    static final int MIN_PART = 4;
    static final int MAX_PART = 20;
    static final int MIN_DOCS = 2;

    private Compounds() {
    }

    /** The parts dictionary of {@code lang} from its own (non-fallback) documents; empty for other languages. */
    static Set<String> dictionary(String lang, List<SearchDocument> docs, LanguageProfile profile) {
        if (!LANGUAGES.contains(lang)) {
            return Set.of();
        }
        Map<String, Integer> docCounts = new HashMap<>();
        Set<String> stop = Set.copyOf(profile.stopwords());
        for (SearchDocument doc : docs) {
            if (doc.fallback()) {
                continue;
            }
            Set<String> seen = new TreeSet<>();
            for (SearchField field : SearchField.ALL) {
                String text = field.text().apply(doc);
                if (text == null) {
                    continue;
                }
                for (Words.Span s = Words.next(text, 0); s != null; s = Words.next(text, s.end())) {
                    String word = QueryPlan.raw(Words.text(text, s), profile);
                    if (word.length() >= MIN_PART && word.length() <= MAX_PART && !stop.contains(word)
                            && word.codePoints().allMatch(Character::isLetter)) {
                        seen.add(word);
                    }
                }
            }
            seen.forEach(w -> docCounts.merge(w, 1, Integer::sum));
        }
        Set<String> out = new TreeSet<>();
        docCounts.forEach((w, n) -> {
            if (n >= MIN_DOCS) {
                out.add(w);
            }
        });
        return out;
    }

    /** Drops a part equal to the word it came from (a dictionary word is not its own part). */
    static final class DropRepeats extends TokenFilter {
        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
        private final PositionIncrementAttribute increment = addAttribute(PositionIncrementAttribute.class);
        private String word = "";

        DropRepeats(TokenStream input) {
            super(input);
        }

        @Override
        public boolean incrementToken() throws IOException {
            while (input.incrementToken()) {
                if (increment.getPositionIncrement() > 0) {
                    word = term.toString();
                    return true;
                }
                if (!term.toString().equals(word)) {
                    return true;
                }
            }
            return false;
        }

        @Override
        public void reset() throws IOException {
            super.reset();
            word = "";
        }
    }
}
