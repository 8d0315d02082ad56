package org.clausebook.search;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The browser's search code (assets/search/engine.js, run by Node on the exported files) returns the same top 10,
 * the same 32-bit scores and the same match count as Lucene's IndexSearcher, for a few hundred queries drawn
 * from the shipped content in every language, some of them aimed at fallback documents (untranslated items).
 */
class ParityTest {
    /** What one side answered: count and the top hits as "id doc bits". */
    record Answer(String lang, String q, int count, String correction, List<Map<String, Object>> hits) {
    }

    @Test
    void browserCodeReturnsLucenesTopTenWithIdenticalScores(@TempDir Path tmp) throws Exception {
        SearchFixture fixture = SearchFixture.shipped();
        Path site = fixture.exportTo(tmp);
        List<ParityQueries.Query> queries = new ArrayList<>();
        Map<String, Integer> perLanguage = new HashMap<>();
        for (String lang : fixture.config().languages()) {
            List<ParityQueries.Query> q = new ArrayList<>(ParityQueries.generate(lang, fixture.documents(lang), 2026));
            q.addAll(ParityQueries.fallbacks(lang, fixture.documents(lang), 2026));
            List<ParityQueries.Query> expanded = ParityQueries.expansions(lang, fixture.documents(lang), 2026,
                    fixture.synonyms().getOrDefault(lang, List.of()));
            assertTrue(expanded.size() >= 100, lang + ": only " + expanded.size() + " expansion queries");
            q.addAll(expanded);
            queries.addAll(q);
            perLanguage.put(lang, q.size());
        }
        int withFallbacks = 0;
        List<String> expected = new ArrayList<>();
        Map<String, LanguageIndex> indexes = new HashMap<>();
        try {
            for (ParityQueries.Query q : queries) {
                LanguageIndex index = indexes.computeIfAbsent(q.lang(), lang -> build(fixture, lang));
                SearchResult r = index.search(q.q(), 10);
                StringBuilder line = new StringBuilder(q.lang() + " [" + q.q() + "] count=" + r.count()
                        + " for=" + r.correction());
                withFallbacks += r.hits().stream().anyMatch(h -> !h.textLang().equals(h.lang())) ? 1 : 0;
                for (SearchHit h : r.hits()) {
                    line.append(String.format(Locale.ROOT, " %s/%d/%08x", h.id(), h.doc(), Float.floatToRawIntBits(h.score())));
                }
                expected.add(line.toString());
            }
        } finally {
            for (LanguageIndex index : indexes.values()) {
                index.close();
            }
        }
        ObjectMapper json = new ObjectMapper();
        String out = NodeScript.run("parity.mjs", json.writeValueAsString(queries), NodeScript.ASSETS.toString(), site.toString());
        List<Answer> answers = json.readValue(out, new TypeReference<>() { });
        assertEquals(queries.size(), answers.size());
        List<String> mismatches = new ArrayList<>();
        int withHits = 0;
        for (int i = 0; i < answers.size(); i++) {
            Answer a = answers.get(i);
            StringBuilder line = new StringBuilder(a.lang() + " [" + a.q() + "] count=" + a.count()
                    + " for=" + a.correction());
            for (Map<String, Object> h : a.hits()) {
                line.append(" ").append(h.get("id")).append('/').append(h.get("doc")).append('/').append(h.get("bits"));
            }
            if (!line.toString().equals(expected.get(i))) {
                mismatches.add("lucene:  " + expected.get(i) + "\nbrowser: " + line);
            }
            withHits += a.hits().isEmpty() ? 0 : 1;
        }
        assertTrue(mismatches.isEmpty(), mismatches.size() + " of " + queries.size() + " queries differ:\n"
                + String.join("\n", mismatches.subList(0, Math.min(20, mismatches.size()))));
        perLanguage.forEach((lang, n) -> assertTrue(n >= 50, lang + ": only " + n + " queries"));
        assertTrue(withHits > queries.size() * 0.7, "too few queries with hits to mean anything: " + withHits);
        assertTrue(withFallbacks >= 50, "too few queries with fallback documents in the top 10: " + withFallbacks);
    }

    private static LanguageIndex build(SearchFixture fixture, String lang) {
        try {
            return fixture.index(lang);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
