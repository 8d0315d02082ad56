package org.clausebook.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a buyer typed, as terms and weighted alternatives (docs/search-format.md, "Query expansion"); built the
 * same way by assets/search/plan.js. A word whose only alternative is its exact term is a plain term ({@code flat},
 * counted when typed twice); any other word, or phrase matched by a synonym group, is a {@link Group} of
 * alternatives scored as a disjunction-max. {@code correction} is the query with the words that found nothing
 * replaced by their nearest term's usual word ("Showing results for …"), or null.
 */
record QueryPlan(Map<String, Integer> flat, List<Group> groups, String correction) {

    /** One way to match a word: its terms (all of them count) and its weight. */
    record Alternative(List<String> terms, double weight) {
    }

    /** A word's alternatives; {@code count}: how often the same group was typed. */
    record Group(List<Alternative> alternatives, int count) {
    }

    private record Word(String text, String raw, String term, boolean prefix) {
    }

    static QueryPlan of(String typed, SearchAnalyzer analyzer, TermDictionary dict, List<Synonyms.Group> synonyms,
                        Expansion rules) {
        String text = SearchQuery.cut(typed);
        List<Word> all = new ArrayList<>();
        List<Word> kept = new ArrayList<>();
        for (Words.Span s = Words.next(text, 0); s != null; s = Words.next(text, s.end())) {
            String word = Words.text(text, s);
            List<String> terms = analyzer.terms(word);
            boolean prefix = s.end() == text.length() || text.charAt(s.end()) == '*';
            Word w = new Word(word, raw(word, analyzer.profile()), terms.isEmpty() ? null : terms.get(0), prefix);
            all.add(w);
            if (w.term() != null) {
                kept.add(w);
            }
        }
        Map<String, Integer> flat = new LinkedHashMap<>();
        Map<List<Alternative>, Integer> grouped = new LinkedHashMap<>();
        Map<Word, String> corrected = new LinkedHashMap<>();
        for (int i = 0; i < kept.size(); ) {
            Synonyms.Group group = null;
            List<String> matched = null;
            for (Synonyms.Group g : synonyms) {
                for (List<String> member : g.members()) {
                    if ((matched == null || member.size() > matched.size()) && matches(kept, i, member)) {
                        group = g;
                        matched = member;
                    }
                }
            }
            List<Alternative> alternatives = new ArrayList<>();
            if (group != null) {
                for (List<String> member : group.members()) {
                    alternatives.add(new Alternative(member, member.equals(matched) ? Expansion.EXACT : group.weight()));
                }
                i += matched.size();
            } else {
                Word w = kept.get(i++);
                String correction = expand(w, analyzer, dict, rules, alternatives);
                if (correction != null) {
                    corrected.put(w, correction);
                }
            }
            if (alternatives.size() == 1 && alternatives.get(0).terms().size() == 1
                    && alternatives.get(0).weight() == Expansion.EXACT) {
                flat.merge(alternatives.get(0).terms().get(0), 1, Integer::sum);
            } else {
                grouped.merge(List.copyOf(alternatives), 1, Integer::sum);
            }
        }
        List<Group> groups = new ArrayList<>();
        grouped.forEach((alternatives, count) -> groups.add(new Group(alternatives, count)));
        String correction = null;
        if (!corrected.isEmpty()) {
            List<String> out = new ArrayList<>();
            for (Word w : all) {
                out.add(corrected.getOrDefault(w, w.text()));
            }
            correction = String.join(" ", out);
        }
        return new QueryPlan(flat, List.copyOf(groups), correction);
    }

    private static boolean matches(List<Word> words, int from, List<String> member) {
        if (from + member.size() > words.size()) {
            return false;
        }
        for (int k = 0; k < member.size(); k++) {
            if (!words.get(from + k).term().equals(member.get(k))) {
                return false;
            }
        }
        return true;
    }

    /** Adds a word's alternatives; returns the word to show instead when it found nothing but a typo candidate. */
    private static String expand(Word w, SearchAnalyzer analyzer, TermDictionary dict, Expansion rules,
                                 List<Alternative> out) {
        Set<String> seen = new HashSet<>();
        seen.add(w.term());
        out.add(new Alternative(List.of(w.term()), Expansion.EXACT));
        TermDictionary.Entry exact = dict.get(w.term());
        int df = exact == null ? 0 : exact.df();
        List<String> keys = new ArrayList<>(List.of(Fold.fold(w.term())));
        List<String> foldedTerms = analyzer.terms(Fold.fold(w.raw()));
        if (foldedTerms.size() == 1 && !keys.contains(Fold.fold(foldedTerms.get(0)))) {
            keys.add(Fold.fold(foldedTerms.get(0)));
        }
        for (String key : keys) {
            for (TermDictionary.Entry e : dict.range(key, key)) {
                if (seen.add(e.term())) {
                    out.add(new Alternative(List.of(e.term()), rules.fold()));
                    df += e.df();
                }
            }
        }
        boolean completed = false;
        String p = Fold.fold(w.raw());
        if (w.prefix() && p.length() >= rules.prefixMin() && dict.blocks(p, p + '\uffff') <= rules.prefixBlocks()) {
            List<TermDictionary.Entry> candidates = new ArrayList<>();
            for (TermDictionary.Entry e : dict.range(p, p + '\uffff')) {
                if (e.key().startsWith(p) && !seen.contains(e.term())) {
                    candidates.add(e);
                }
            }
            candidates.sort(Comparator.comparingInt(e -> -e.df()));
            for (TermDictionary.Entry e : candidates.subList(0, Math.min(rules.prefixTerms(), candidates.size()))) {
                seen.add(e.term());
                out.add(new Alternative(List.of(e.term()), rules.prefix()));
                completed = true;
            }
        }
        String q = Fold.fold(w.term());
        if (completed || df > rules.fuzzyMaxDf() || q.length() < rules.fuzzyMin()) {
            return null;
        }
        int maxEdits = q.length() >= rules.fuzzyLong() ? 2 : 1;
        for (int shared = 1; shared <= 3 && shared < q.length(); shared++) {
            String lo = q.substring(0, shared);
            if (dict.blocks(lo, lo + '\uffff') > rules.fuzzyBlocks()) {
                continue;
            }
            List<TermDictionary.Entry> candidates = new ArrayList<>();
            List<Integer> distances = new ArrayList<>();
            for (TermDictionary.Entry e : dict.range(lo, lo + '\uffff')) {
                if (e.key().startsWith(lo) && !seen.contains(e.term())) {
                    int d = EditDistance.osa(q, e.key(), maxEdits);
                    if (d <= maxEdits) {
                        candidates.add(e);
                        distances.add(d);
                    }
                }
            }
            List<Integer> order = new ArrayList<>();
            for (int k = 0; k < candidates.size(); k++) {
                order.add(k);
            }
            order.sort(Comparator.<Integer>comparingInt(distances::get).thenComparingInt(k -> -candidates.get(k).df()));
            String best = null;
            for (int k : order.subList(0, Math.min(rules.fuzzyTerms(), order.size()))) {
                out.add(new Alternative(List.of(candidates.get(k).term()), rules.fuzzy()));
                best = best == null ? candidates.get(k).surface() : best;
            }
            return df == 0 ? best : null;
        }
        return null;
    }

    /** The word lowercased per code point, a French article before an apostrophe removed (as the chain does). */
    static String raw(String word, LanguageProfile profile) {
        StringBuilder lower = new StringBuilder(word.length());
        word.codePoints().forEach(cp -> lower.appendCodePoint(Character.toLowerCase(cp)));
        String out = lower.toString();
        int apostrophe = out.indexOf('\'');
        if (apostrophe >= 0 && profile.elision().contains(out.substring(0, apostrophe))) {
            out = out.substring(apostrophe + 1);
        }
        return out;
    }
}
