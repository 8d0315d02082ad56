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
 * document frequency (2–20 % of the language's pages) picked deterministically, and a pair of them; then the first
 * example word typed letter by letter (w, wa, war, warr, warra) and with a letter missing (a typo).
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
            List<String> sorted = new ArrayList<>(queries.stream().distinct().sorted(Comparator.naturalOrder()).toList());
            // Then as a buyer types the first example word, letter by letter (in this order: the warm figures
            // show what each keystroke adds), and a typo.
            String typed = FIXED.getOrDefault(lang, List.of("")).get(0);
            for (int n = 1; n <= Math.min(5, typed.length() - 1); n++) {
                sorted.add(typed.substring(0, n));
            }
            if (typed.length() > 4) {
                sorted.add(typed.substring(0, 2) + typed.substring(3));
            }
            out.put(lang, sorted);
        }
        return out;
    }
}
