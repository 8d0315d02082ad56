package org.clausebook.opendata;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.clausebook.site.BuildOptions;
import org.clausebook.site.SiteBuilder;
import org.clausebook.testing.TestSites;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The open data of the basic fixture, with a clause whose title and summary hold commas, quotes and a line break:
 * every JSON file is valid against the schema published beside it, the CSV has one row per criterion or clause and
 * reads back field for field with Apache Commons CSV, and the index lists every file with its size and hash.
 */
class OpenDataTest {
    @TempDir
    static Path tmp;
    static Path api;
    static final ObjectMapper JSON = new ObjectMapper();

    @BeforeAll
    static void build() throws Exception {
        Path project = TestSites.project("basic", tmp.resolve("p"));
        Path clause = project.resolve("content/clauses/sample-clause/en.md");
        String text = Files.readString(clause);
        text = text.replaceFirst("(?m)^title: .*$", Matcher.quoteReplacement("title: 'Labour clause, \"fair\" edition'"))
                .replaceFirst("(?m)^summary: .*$",
                        Matcher.quoteReplacement("summary: \"First line, with a comma;\\nsecond line with \\\"quotes\\\".\""));
        Files.writeString(clause, text);
        SiteBuilder.build(new BuildOptions(project, tmp.resolve("out"), false), line -> { });
        api = tmp.resolve("out/api/v1");
    }

    private static JsonSchema schema(String name) throws IOException {
        JsonNode node = JSON.readTree(api.resolve(name).toFile());
        return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                .getSchema(node, SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build());
    }

    @Test
    void everyJsonFileIsValidAgainstItsPublishedSchema() throws IOException {
        JsonSchema items = schema("items.schema.json");
        for (String lang : List.of("en", "nl", "de")) {
            Set<ValidationMessage> errors = items.validate(JSON.readTree(api.resolve(lang + "/items.json").toFile()));
            assertTrue(errors.isEmpty(), lang + "/items.json: " + errors);
        }
        Set<ValidationMessage> errors = schema("index.schema.json").validate(JSON.readTree(api.resolve("index.json").toFile()));
        assertTrue(errors.isEmpty(), "index.json: " + errors);
    }

    @Test
    void theSchemaTakesItsTermsFromTheContentSchemaSoTheyCannotDrift() throws IOException {
        JsonNode content = JSON.readTree(TestSites.REPO.resolve("content/schema/front-matter.schema.json").toFile());
        JsonNode published = JSON.readTree(api.resolve("items.schema.json").toFile());
        for (String taxonomy : List.of("stages", "product_groups", "themes", "lifecycle")) {
            assertEquals(content.at("/$defs/common/properties/" + taxonomy + "/items/enum"),
                    published.at("/$defs/item/properties/terms/properties/" + taxonomy + "/items/enum"), taxonomy);
        }
        assertEquals(content.at("/$defs/common/properties/ambition/enum"),
                published.at("/$defs/item/properties/terms/properties/ambition/anyOf/1/enum"));
        assertEquals(content.at("/$defs/eforms/properties/social/items/enum"),
                published.at("/$defs/item/properties/eforms/properties/BT-775/items/enum"));
        assertEquals(content.at("/$defs/equivalent/properties/scheme/enum"),
                published.at("/$defs/item/properties/equivalents/items/properties/scheme/enum"));
    }

    @Test
    void everyItemCarriesEveryVersionWithItsTextsAndHash() throws IOException {
        JsonNode de = JSON.readTree(api.resolve("de/items.json").toFile());
        JsonNode warranty = null;
        for (JsonNode item : de.get("items")) {
            if (item.get("id").asText().equals("sample-warranty")) {
                warranty = item;
            }
        }
        assertTrue(warranty != null);
        assertEquals("outdated", warranty.at("/translation/state").asText());
        assertEquals("1.0", warranty.at("/translation/follows").asText());
        assertEquals(List.of("2.0", "1.0"), warranty.get("versions").findValuesAsText("version"));
        assertEquals("en", warranty.at("/versions/0/text_language").asText(), "German has no text of 2.0: the English one is given");
        assertEquals("de", warranty.at("/versions/1/text_language").asText(), "the German translation follows 1.0");
        assertTrue(warranty.at("/versions/1/tender_text/markdown").asText().contains("mindestens [2] Jahren"));
        assertTrue(warranty.at("/versions/0/tender_text/html").asText().contains("<table class=\"table\">"));
        assertEquals(warranty.at("/hash").asText(), warranty.at("/versions/0/hash").asText());
    }

    @Test
    void theCsvHasOneRowPerCriterionOrClauseAndReadsBackWithAStandardReader() throws IOException {
        String csv = Files.readString(api.resolve("en/criteria.csv"));
        List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(csv)).getRecords();
        assertEquals(List.of("sample-clause", "sample-warranty"), rows.stream().map(r -> r.get("id")).toList());
        CSVRecord clause = rows.get(0);
        assertEquals("Labour clause, \"fair\" edition", clause.get("title"));
        assertEquals("First line, with a comma;\nsecond line with \"quotes\".", clause.get("summary"));
        assertEquals(CriteriaCsv.COLUMNS.size(), clause.size());
        assertEquals("smartphones|laptops", rows.get(1).get("product_groups"));
        assertTrue(rows.get(1).get("cpv").matches("[0-9]{8}-[0-9](\\|[0-9]{8}-[0-9])*"), rows.get(1).get("cpv"));
        assertEquals("yes", clause.get("bt_70"), "a contract-performance clause goes into BT-70");
        assertEquals("https://example.org/en/criteria/sample-warranty/2.0/", rows.get(1).get("permalink").replaceFirst("^https?://[^/]+", "https://example.org"));
    }

    @Test
    void theIndexListsEveryFileWithItsSizeAndHash() throws Exception {
        JsonNode index = JSON.readTree(api.resolve("index.json").toFile());
        assertEquals(3 * 2 + 2, index.get("files").size(), "items.json and criteria.csv per language, two schemas");
        for (JsonNode f : index.get("files")) {
            byte[] bytes = Files.readAllBytes(tmp.resolve("out").resolve(f.get("path").asText()));
            assertEquals(bytes.length, f.get("bytes").asInt(), f.get("path").asText());
            assertEquals(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)), f.get("sha256").asText());
        }
        assertEquals(index.get("content_hash").asText(), JSON.readTree(api.resolve("nl/items.json").toFile()).get("content_hash").asText());
    }
}
