package org.clausebook.search;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.clausebook.testing.Cli;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code clausebook search}: Lucene's top hits as JSON, for comparing with what the browser shows. */
class SearchCommandTest {

    @Test
    void printsTheTopHitsWithScoresAsJson() throws Exception {
        var run = Cli.run("search", "--lang", "en", "--source", Cli.path(NodeScript.REPO), "Warranties", "repair");
        assertEquals(0, run.exit(), run.err());
        JsonNode out = new ObjectMapper().readTree(run.out());
        assertEquals("en", out.get("lang").asText());
        assertTrue(out.get("count").asInt() >= out.get("hits").size());
        JsonNode first = out.get("hits").get(0);
        assertEquals("extended-warranty", first.get("id").asText());
        assertEquals("en", first.get("lang").asText());
        float score = (float) first.get("score").asDouble();
        assertEquals(String.format("%08x", Float.floatToRawIntBits(score)), first.get("scoreBits").asText());
        assertTrue(out.get("hits").size() <= 10);
    }

    @Test
    void anUnknownLanguageIsAUsageError() throws Exception {
        var run = Cli.run("search", "--lang", "xx", "--source", Cli.path(NodeScript.REPO), "garantie");
        assertEquals(2, run.exit());
        assertTrue(run.err().contains("--lang"), run.err());
    }
}
