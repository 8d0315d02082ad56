package org.clausebook.search;

import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The word a buyer would recognise for each term: the most frequent lowercased spelling it was indexed from (ties:
 * the first in string order). "Showing results for battery" shows it rather than the stem "batteri".
 */
final class Surfaces {
    private Surfaces() {
    }

    static Map<String, String> of(List<SearchDocument> docs, SearchAnalyzer analyzer) {
        Map<String, Map<String, Integer>> counts = new HashMap<>();
        for (SearchDocument doc : docs) {
            for (SearchField field : SearchField.ALL) {
                String text = field.text().apply(doc);
                if (text == null || text.isBlank()) {
                    continue;
                }
                try (TokenStream stream = analyzer.tokenStream("", text)) {
                    CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
                    OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
                    stream.reset();
                    while (stream.incrementToken()) {
                        String word = QueryPlan.raw(text.substring(offset.startOffset(), offset.endOffset())
                                .replace('\u2019', '\''), analyzer.profile());
                        counts.computeIfAbsent(term.toString(), k -> new HashMap<>()).merge(word, 1, Integer::sum);
                    }
                    stream.end();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
        Map<String, String> out = new HashMap<>();
        counts.forEach((term, words) -> out.put(term, words.entrySet().stream()
                .min((a, b) -> a.getValue().equals(b.getValue()) ? a.getKey().compareTo(b.getKey())
                        : Integer.compare(b.getValue(), a.getValue()))
                .orElseThrow().getKey()));
        return out;
    }
}
