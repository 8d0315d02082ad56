package org.clausebook.search;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Fallback documents on the exported shipped site, searched by the browser's code (engine.js in Node): "this
 * language" finds an item that is not translated into the language at its page in the language, marked with the
 * language of its text; "all languages" leaves every fallback out.
 */
class FallbackSearchTest {
    /** What the browser's code answered for one query, every hit with its record. */
    record Answer(String lang, String q, int count, List<Map<String, String>> hits) {
    }

    @TempDir
    static Path tmp;
    private static SearchFixture shipped;
    private static Path site;

    @BeforeAll
    static void export() throws Exception {
        shipped = SearchFixture.shipped();
        site = shipped.exportTo(tmp);
    }

    private static List<Answer> search(String q, boolean fallbacks, List<String> langs) throws Exception {
        ObjectMapper json = new ObjectMapper();
        List<Map<String, Object>> queries = new ArrayList<>();
        for (String lang : langs) {
            queries.add(Map.of("lang", lang, "q", q, "fallbacks", fallbacks));
        }
        String out = NodeScript.run("fallback.mjs", json.writeValueAsString(queries), NodeScript.ASSETS.toString(),
                site.toString());
        return json.readValue(out, new TypeReference<>() { });
    }

    @Test
    void thisLanguageFindsAnEnglishOnlyInitiativeAtItsDutchPageWithItsTextLanguage() throws Exception {
        Answer nl = search("Electronics Watch", true, List.of("nl")).get(0);
        Map<String, String> hit = nl.hits().stream()
                .filter(h -> h.get("url").equals("/nl/initiatives/electronics-watch/")).findFirst()
                .orElseThrow(() -> new AssertionError("no /nl/initiatives/electronics-watch/ in " + nl.hits()));
        assertEquals(List.of("electronics-watch", "nl", "en", "nl", "en"),
                List.of(hit.get("id"), hit.get("lang"), hit.get("textLang"), hit.get("hitLang"), hit.get("hitTextLang")));
    }

    @Test
    void allLanguagesReturnsNoFallbackDocuments() throws Exception {
        List<Answer> answers = search("Electronics Watch TCO Certified", false, shipped.config().languages());
        List<String> urls = new ArrayList<>();
        for (Answer a : answers) {
            assertEquals(a.hits().size(), a.count(), a.lang());
            for (Map<String, String> hit : a.hits()) {
                assertEquals(a.lang(), hit.get("textLang"), a.lang() + " " + hit.get("url"));
                assertEquals(a.lang(), hit.get("hitTextLang"), a.lang() + " " + hit.get("url"));
                urls.add(hit.get("url"));
            }
        }
        assertTrue(urls.contains("/en/initiatives/electronics-watch/"), "the English initiative itself: " + urls);
        assertTrue(urls.stream().noneMatch(u -> u.startsWith("/nl/initiatives/")), "no Dutch fallbacks: " + urls);
    }
}
