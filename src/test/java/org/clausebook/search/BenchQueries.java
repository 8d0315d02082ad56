package org.clausebook.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The benchmark's fixed query list: per language, the example words and a few more, then words of middling
 * document frequency (2–20 % of the language's pages) picked deterministically, and a pair of them.
 */
final class BenchQueries {
    private static final Map<String, List<String>> FIXED = Map.of(
            "en", List.of("warranty", "conflict minerals"),
            "nl", List.of("garantie", "conflictmineralen"),
            "nb", List.of("arbeidsvilkår", "garanti"),
            "da", List.of("reparation", "garanti"),
            "sv", List.of("garanti", "leverantörer"),
            "fi", List.of("takuu", "toimittajat"),
            "fr", List.of("garantie", "réparation"),
            "de", List.of("Garantie", "Reparatur"));

    private BenchQueries() {
    }

    static Map<String, List<String>> of(SearchFixture fixture) {
        Map<String, List<String>> out = new TreeMap<>();
        for (String lang : fixture.config().languages()) {
            List<SearchDocument> docs = fixture.documents(lang);
            Map<String, Integer> df = new HashMap<>();
            for (SearchDocument doc : docs) {
                Set<String> seen = new HashSet<>();
                for (SearchField field : SearchField.ALL) {
                    String text = field.text().apply(doc);
                    for (Words.Span s = Words.next(text, 0); s != null; s = Words.next(text, s.end())) {
                        String w = text.substring(s.start(), s.end()).toLowerCase(Locale.ROOT);
                        if (w.length() >= 6 && w.chars().allMatch(Character::isLetter) && seen.add(w)) {
                            df.merge(w, 1, Integer::sum);
                        }
                    }
                }
            }
            List<String> middling = df.entrySet().stream()
                    .filter(e -> e.getValue() >= docs.size() * 0.02 && e.getValue() <= docs.size() * 0.2)
                    .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                    .map(Map.Entry::getKey).toList();
            List<String> queries = new ArrayList<>(FIXED.getOrDefault(lang, List.of()));
            for (int i = 0; i < 3 && !middling.isEmpty(); i++) {
                queries.add(middling.get((i * 7 + 3) % middling.size()));
            }
            if (middling.size() > 20) {
                queries.add(middling.get(11) + " " + middling.get(17));
            }
            out.put(lang, queries.stream().distinct().sorted(Comparator.naturalOrder()).toList());
        }
        return out;
    }
}
