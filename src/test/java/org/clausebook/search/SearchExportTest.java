package org.clausebook.search;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.SortedMap;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The export's layout and its determinism (docs/search-format.md). */
class SearchExportTest {
    private static final Pattern PATH = Pattern.compile(
            "search/(..)/([0-9a-f]{10})/(index\\.bin|blocks/\\d+\\.bin|records/\\d+\\.json)");
    private static SearchFixture shipped;
    private static SortedMap<String, byte[]> files;

    @BeforeAll
    static void export() throws Exception {
        shipped = SearchFixture.shipped();
        files = shipped.export();
    }

    @Test
    void twoExportsAreByteIdentical() throws Exception {
        SortedMap<String, byte[]> again = shipped.export();
        assertEquals(files.keySet(), again.keySet());
        files.forEach((path, bytes) -> assertArrayEquals(bytes, again.get(path), path));
    }

    @Test
    void everyFileIsVersionedExceptTheEntryWhichListsEveryLanguage() throws Exception {
        ObjectMapper json = new ObjectMapper();
        JsonNode entry = json.readTree(files.get(SearchExport.ENTRY));
        List<String> langs = new ArrayList<>();
        entry.get("languages").forEach(l -> langs.add(l.get("lang").asText()));
        assertEquals(shipped.config().languages(), langs);
        for (String path : files.keySet()) {
            assertTrue(path.equals(SearchExport.ENTRY) || PATH.matcher(path).matches(), path);
        }
        for (JsonNode language : entry.get("languages")) {
            String dir = language.get("path").asText();
            JsonNode manifest = json.readTree(Manifest.read(files.get(dir + SearchExport.INDEX)));
            int docs = manifest.get("docs").asInt();
            assertEquals(shipped.documents(language.get("lang").asText()).size(), docs);
            assertEquals(docs, files.keySet().stream().filter(p -> p.startsWith(dir + "records/")).count());
            assertEquals(manifest.get("blocks").size(), files.keySet().stream().filter(p -> p.startsWith(dir + "blocks/")).count());
            List<String> ids = new ArrayList<>();
            for (int doc = 0; doc < docs; doc++) {
                ids.add(json.readTree(files.get(dir + "records/" + doc + ".json")).get("id").asText());
            }
            assertEquals(ids.stream().sorted().toList(), ids, "records are in doc-id order, by item id");
        }
    }

    @Test
    void binaryFilesAreGzipWithAFixedHeader() {
        byte[] header = HexFormat.of().parseHex("1f8b0800000000000" + "2ff");
        files.forEach((path, bytes) -> {
            if (path.endsWith(".bin")) {
                assertArrayEquals(header, Arrays.copyOf(bytes, 10), path);
            }
        });
    }

    @Test
    void aChangedDocumentChangesOnlyItsLanguagesVersion() throws Exception {
        List<SearchDocument> docs = new ArrayList<>(shipped.documents());
        SearchDocument first = docs.stream().filter(d -> d.lang().equals("nl")).findFirst().orElseThrow();
        docs.set(docs.indexOf(first), new SearchDocument(first.lang(), first.textLang(), first.id(), first.section(),
                first.url(), first.version(), first.title() + " fiets", first.summary(), first.tender(), first.body(),
                first.facets()));
        SortedMap<String, byte[]> changed = SearchExport.write(docs, shipped.config().languages(), shipped.facets(), shipped.synonyms());
        for (String lang : shipped.config().languages()) {
            String before = versionOf(files, lang);
            String after = versionOf(changed, lang);
            if (lang.equals("nl")) {
                assertNotEquals(before, after);
            } else {
                assertEquals(before, after, lang);
            }
        }
    }

    private static String versionOf(SortedMap<String, byte[]> export, String lang) {
        return export.keySet().stream().filter(p -> p.startsWith("search/" + lang + "/")).findFirst().orElseThrow()
                .split("/")[2];
    }
}
