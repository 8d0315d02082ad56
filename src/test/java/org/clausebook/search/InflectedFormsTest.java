package org.clausebook.search;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** In every language of the shipped site, a plural or inflected form finds what its base form finds. */
class InflectedFormsTest {
    private static final Map<String, LanguageIndex> INDEXES = new HashMap<>();

    @BeforeAll
    static void index() throws Exception {
        SearchFixture shipped = SearchFixture.shipped();
        for (String lang : shipped.config().languages()) {
            INDEXES.put(lang, LanguageIndex.build(lang, shipped.documents()));
        }
    }

    @AfterAll
    static void close() throws Exception {
        for (LanguageIndex index : INDEXES.values()) {
            index.close();
        }
    }

    @ParameterizedTest
    @CsvSource({
        "en, warranties, warranty, extended-warranty",
        "nl, leveranciers, leverancier, ''",
        "nl, apparaten, apparaat, ''",
        "nb, leverandørene, leverandør, ''",
        "da, leverandørerne, leverandør, ''",
        "sv, leverantörerna, leverantör, ''",
        "fi, toimittajien, toimittaja, ''",
        "fi, takuun, takuu, extended-warranty",
        "fr, garanties, garantie, extended-warranty",
        "de, Garantien, Garantie, extended-warranty",
        "de, Lieferanten, Lieferant, ''"})
    void anInflectedFormFindsWhatItsBaseFormFinds(String lang, String inflected, String base, String first) throws Exception {
        LanguageIndex index = INDEXES.get(lang);
        assertEquals(index.analyzer().terms(base), index.analyzer().terms(inflected));
        // Typed as complete words (a space after them): the last word of a query is also completed as a prefix.
        SearchResult a = index.search(inflected + " ", 10);
        SearchResult b = index.search(base + " ", 10);
        assertTrue(a.count() > 0, inflected + " finds nothing in " + lang);
        assertEquals(b.count(), a.count());
        assertEquals(ids(b), ids(a));
        if (!first.isEmpty()) {
            assertEquals(first, a.hits().get(0).id());
        }
        assertFalse(a.hits().isEmpty());
    }

    private static List<String> ids(SearchResult r) {
        return r.hits().stream().map(SearchHit::id).toList();
    }
}
