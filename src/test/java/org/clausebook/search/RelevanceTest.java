package org.clausebook.search;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.clausebook.config.YamlMappers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The relevance set (src/test/resources/search/relevance.yaml): for what buyers type, the expected item is among the
 * first three, in Lucene and in the browser's engine run by Node on the export. At least ten queries per language.
 */
class RelevanceTest {
    record Case(String lang, String q, String expect, String kind) {
    }

    record Answer(String lang, String q, int count, String correction, List<Map<String, Object>> hits) {
    }

    @Test
    void theItemABuyerExpectsIsInTheTopThreeInLuceneAndInTheBrowser(@TempDir Path tmp) throws Exception {
        SearchFixture fixture = SearchFixture.shipped();
        JsonNode root = YamlMappers.yaml().readTree(Files.readString(NodeScript.SCRIPTS.resolve("relevance.yaml")));
        List<Case> cases = new ArrayList<>();
        for (String lang : fixture.config().languages()) {
            JsonNode list = root.path(lang);
            assertTrue(list.size() >= 10, lang + ": only " + list.size() + " relevance queries");
            list.forEach(c -> cases.add(new Case(lang, c.get("q").asText(), c.get("expect").asText(), c.get("kind").asText())));
        }
        List<String> failures = new ArrayList<>();
        for (String lang : fixture.config().languages()) {
            try (LanguageIndex index = fixture.index(lang)) {
                for (Case c : cases.stream().filter(c -> c.lang().equals(lang)).toList()) {
                    List<String> top = index.search(c.q(), 3).hits().stream().map(SearchHit::id).toList();
                    if (!top.contains(c.expect())) {
                        failures.add("lucene  " + c + " top 3: " + top);
                    }
                }
            }
        }
        ObjectMapper json = new ObjectMapper();
        Path site = fixture.exportTo(tmp);
        List<ParityQueries.Query> queries = cases.stream().map(c -> new ParityQueries.Query(c.lang(), c.q())).toList();
        List<Answer> answers = json.readValue(NodeScript.run("parity.mjs", json.writeValueAsString(queries),
                NodeScript.ASSETS.toString(), site.toString()), new TypeReference<>() { });
        assertEquals(cases.size(), answers.size());
        for (int i = 0; i < cases.size(); i++) {
            List<Object> top = answers.get(i).hits().stream().limit(3).map(h -> h.get("id")).toList();
            if (!top.contains(cases.get(i).expect())) {
                failures.add("browser " + cases.get(i) + " top 3: " + top);
            }
        }
        assertTrue(failures.isEmpty(), failures.size() + " of " + cases.size() + " relevance queries fail:\n"
                + String.join("\n", failures));
    }
}
