package org.clausebook.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.TreeSet;

/**
 * Queries drawn from a language's own documents, the kinds a buyer types: inflected words as they occur, capitals,
 * stopwords, repeated words, whole titles, punctuation and operators (which QueryBuilder treats as text), elided
 * French articles, half-typed words, over-long input and words that match nothing. Deterministic for a seed.
 */
final class ParityQueries {
    /** One query in one language. */
    record Query(String lang, String q) {
    }

    private ParityQueries() {
    }

    static List<Query> generate(String lang, List<SearchDocument> docs, long seed) {
        Random random = new Random(seed * 31 + lang.hashCode());
        List<String> words = words(docs);
        List<String> stop = LanguageProfile.of(lang).stopwords();
        List<String> out = new ArrayList<>();
        if (words.isEmpty()) {
            out.add("nothing");
            return out.stream().map(q -> new Query(lang, q)).toList();
        }
        for (int i = 0; i < 14; i++) {
            out.add(pick(random, words));
        }
        for (int i = 0; i < 4; i++) {
            out.add(pick(random, words).toUpperCase(Locale.ROOT));
            String w = pick(random, words);
            out.add(w.substring(0, 1).toUpperCase(Locale.ROOT) + w.substring(1));
        }
        for (int i = 0; i < 8; i++) {
            out.add(pick(random, words) + " " + pick(random, words));
        }
        for (int i = 0; i < 4; i++) {
            out.add(pick(random, words) + " " + pick(random, words) + " " + pick(random, words));
        }
        for (int i = 0; i < 3; i++) {
            out.add(pick(random, stop) + " " + pick(random, words) + " " + pick(random, stop));
        }
        out.add(pick(random, stop) + " " + pick(random, stop));
        String a = pick(random, words);
        String b = pick(random, words);
        out.add(a + " " + a);
        out.add(a + " " + a.toUpperCase(Locale.ROOT) + " " + a);
        out.add(a + " " + b + " " + a);
        for (int i = 0; i < 3; i++) {
            out.add(docs.get(random.nextInt(docs.size())).title());
        }
        out.add(a + ", " + b + "!");
        out.add("\"" + a + " " + b + "\"");
        out.add("+" + a + " -" + b + " " + a + ":" + b + " (" + b + ")*");
        out.add(a + "’s " + b + "'s");
        String longer = pick(random, words);
        out.add(longer.length() > 3 ? longer.substring(0, longer.length() - 2) : longer);
        StringBuilder big = new StringBuilder();
        while (big.length() < 320) {
            big.append(pick(random, words)).append(' ');
        }
        out.add(big.toString());
        out.add("zzqxvw");
        out.add("");
        out.add("   ");
        if (lang.equals("fr")) {
            out.add("l'" + pick(random, words));
            out.add("d’" + pick(random, words));
            out.add("L'" + pick(random, words).toUpperCase(Locale.ROOT) + " qu'" + pick(random, words));
        }
        return out.stream().map(q -> new Query(lang, q)).toList();
    }

    /**
     * Queries that hit fallback documents (the source text of untranslated items, analysed with this language's
     * chain): names a buyer types in any language, and the titles and summary words of a few of the language's
     * fallbacks. Empty when the language has none. Deterministic for a seed.
     */
    static List<Query> fallbacks(String lang, List<SearchDocument> docs, long seed) {
        List<SearchDocument> fallbacks = docs.stream().filter(SearchDocument::fallback).toList();
        if (fallbacks.isEmpty()) {
            return List.of();
        }
        Random random = new Random(seed * 37 + lang.hashCode());
        List<String> out = new ArrayList<>(List.of("Electronics Watch", "TCO Certified", "EPEAT", "procura+ ict"));
        List<String> words = words(fallbacks);
        for (int i = 0; i < 4; i++) {
            out.add(fallbacks.get(random.nextInt(fallbacks.size())).title());
            out.add(pick(random, words) + " " + pick(random, words));
        }
        return out.stream().map(q -> new Query(lang, q)).toList();
    }

    /** The distinct words of the documents as they are written (not analysed), sorted. */
    static List<String> words(List<SearchDocument> docs) {
        TreeSet<String> out = new TreeSet<>();
        for (SearchDocument doc : docs) {
            for (SearchField field : SearchField.ALL) {
                String text = field.text().apply(doc);
                for (Words.Span s = Words.next(text, 0); s != null; s = Words.next(text, s.end())) {
                    out.add(text.substring(s.start(), s.end()));
                }
            }
        }
        return List.copyOf(out);
    }

    private static String pick(Random random, List<String> list) {
        return list.get(random.nextInt(list.size()));
    }
}
