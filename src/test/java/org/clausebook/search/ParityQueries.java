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

    /**
     * At least 100 queries per language that take the expanded paths: half-typed last words (and words ending in
     * {@code *}), words without their accents, one or two typos, synonym phrases and parts of compounds.
     */
    static List<Query> expansions(String lang, List<SearchDocument> docs, long seed, List<Synonyms.Raw> synonyms) {
        Random random = new Random(seed * 41 + lang.hashCode());
        List<String> words = words(docs).stream().filter(w -> w.length() >= 4 && w.codePoints().allMatch(Character::isLetter))
                .toList();
        List<String> out = new ArrayList<>();
        if (words.isEmpty()) {
            return List.of();
        }
        for (int i = 0; i < 30; i++) {
            String w = pick(random, words).toLowerCase(Locale.ROOT);
            String prefix = w.substring(0, 2 + random.nextInt(w.length() - 2));
            out.add(i % 3 == 0 ? pick(random, words) + " " + prefix : prefix);
        }
        out.add("w");
        out.add("wa");
        out.add("war");
        out.add("warr");
        for (int i = 0; i < 8; i++) {
            String w = pick(random, words);
            out.add(w.substring(0, Math.max(2, w.length() / 2)) + "* " + pick(random, words) + " ");
        }
        List<String> accented = words.stream().filter(w -> !Fold.fold(w.toLowerCase(Locale.ROOT)).equals(w.toLowerCase(Locale.ROOT)))
                .toList();
        for (int i = 0; i < 15 && !accented.isEmpty(); i++) {
            out.add(Fold.fold(pick(random, accented).toLowerCase(Locale.ROOT)) + " ");
        }
        for (int i = 0; i < 30; i++) {
            out.add(typo(random, pick(random, words), 1) + (i % 2 == 0 ? " " : ""));
        }
        List<String> longWords = words.stream().filter(w -> w.length() >= 9).toList();
        for (int i = 0; i < 8 && !longWords.isEmpty(); i++) {
            out.add(typo(random, pick(random, longWords), 2) + " ");
        }
        for (Synonyms.Raw group : synonyms) {
            out.add(group.members().get(random.nextInt(group.members().size())) + " ");
        }
        for (int i = 0; i < 10 && !longWords.isEmpty(); i++) {
            String w = pick(random, longWords).toLowerCase(Locale.ROOT);
            int from = 3 + random.nextInt(w.length() - 7);
            out.add(w.substring(from) + " " + (i % 2 == 0 ? "" : pick(random, words)));
        }
        while (out.size() < 110) {
            out.add(typo(random, pick(random, words), 1));
        }
        return out.stream().map(q -> new Query(lang, q)).toList();
    }

    /** {@code word} with {@code edits} random deletions, insertions, replacements or swaps. */
    private static String typo(Random random, String word, int edits) {
        StringBuilder w = new StringBuilder(word);
        for (int e = 0; e < edits && w.length() > 2; e++) {
            int at = 1 + random.nextInt(w.length() - 2);
            switch (random.nextInt(4)) {
                case 0 -> w.deleteCharAt(at);
                case 1 -> w.insert(at, (char) ('a' + random.nextInt(26)));
                case 2 -> w.setCharAt(at, (char) ('a' + random.nextInt(26)));
                default -> {
                    char c = w.charAt(at);
                    w.setCharAt(at, w.charAt(at + 1));
                    w.setCharAt(at + 1, c);
                }
            }
        }
        return w.toString();
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
