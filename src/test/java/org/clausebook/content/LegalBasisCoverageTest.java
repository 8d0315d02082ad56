package org.clausebook.content;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The shipped library never lets a buyer paste a text on a subject the law already regulates without saying
 * what the law requires: every criterion and clause whose English title, summary, tender text or verification
 * touches batteries, spare parts, software or security updates, chargers, due diligence, conflict minerals or
 * forced labour names at least one {@code legal_basis} entry, and says in {@code beyond_law} what it adds.
 *
 * <p>Reads {@code content/criteria/*}/en.md and {@code content/clauses/*}/en.md from the project root (Maven's
 * working directory) with plain file reading and Jackson YAML, so it checks the content independently of the
 * site builder.
 */
class LegalBasisCoverageTest {
    /** Topics on which EU law sets a floor (see the facts behind each legal_basis entry). */
    static final Map<String, Pattern> TOPICS = new LinkedHashMap<>();

    static {
        TOPICS.put("batteries", Pattern.compile("\\bbatter(y|ies)\\b"));
        TOPICS.put("spare parts", Pattern.compile("\\bspare[- ]parts?\\b"));
        TOPICS.put("software or security updates",
                Pattern.compile("\\b(software|security|operating[- ]system|firmware)\\s+updates?\\b"));
        TOPICS.put("chargers", Pattern.compile("\\bcharg(er|ers|ing devices?)\\b"));
        TOPICS.put("due diligence", Pattern.compile("\\bdue[- ]diligence\\b"));
        TOPICS.put("conflict minerals", Pattern.compile("\\bconflict[- ](free )?minerals?\\b"));
        TOPICS.put("forced labour", Pattern.compile("\\bforced labou?r\\b"));
    }

    /**
     * Items that mention a topic without asking anything the law regulates, with the reason. Keep this short:
     * an entry here is a decision an editor can read and challenge.
     */
    static final Map<String, String> NOT_A_FLOOR = Map.of(
            "critical-raw-materials-recovery",
            "mentions batteries only as components to take out before recycling; the library's facts name no"
                    + " legal floor for recycling recovery rates",
            "laptop-desktop-updates-from-delivery",
            "no EU act sets an update period for laptops or desktops (Regulation (EU) 2023/1670 covers phones and"
                    + " slate tablets only); the body says so, and the text sets its own period from delivery");

    record Entry(String id, JsonNode meta) {
    }

    static List<Entry> items;

    @BeforeAll
    static void read() throws IOException {
        Path content = Paths.get("").toAbsolutePath().resolve("content");
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
        items = new ArrayList<>();
        for (String section : List.of("criteria", "clauses")) {
            try (Stream<Path> dirs = Files.list(content.resolve(section))) {
                for (Path dir : dirs.filter(Files::isDirectory).sorted().toList()) {
                    Path en = dir.resolve("en.md");
                    if (Files.exists(en)) {
                        items.add(new Entry(dir.getFileName().toString(), yaml.readTree(frontMatter(en))));
                    }
                }
            }
        }
        assertTrue(items.size() >= 20, "criteria and clauses read: " + items.size());
    }

    static String frontMatter(Path file) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8).replace("\r\n", "\n");
        assertTrue(text.startsWith("---\n"), file + " has no YAML front matter");
        int end = text.indexOf("\n---\n", 4);
        assertTrue(end > 0, file + " has no end to its front matter");
        return text.substring(4, end + 1);
    }

    static List<String> topics(JsonNode meta) {
        StringBuilder text = new StringBuilder();
        for (String field : List.of("title", "summary", "tender_text", "verification")) {
            text.append(meta.path(field).asText("")).append('\n');
        }
        String lower = text.toString().toLowerCase(Locale.ROOT);
        return TOPICS.entrySet().stream().filter(t -> t.getValue().matcher(lower).find()).map(Map.Entry::getKey).toList();
    }

    @Test
    void everyItemOnARegulatedSubjectNamesItsLegalBasis() {
        List<String> missing = new ArrayList<>();
        for (Entry item : items) {
            List<String> topics = topics(item.meta());
            if (!topics.isEmpty() && !NOT_A_FLOOR.containsKey(item.id()) && item.meta().path("legal_basis").size() == 0) {
                missing.add(item.id() + " touches " + topics + " but has no legal_basis");
            }
        }
        assertEquals(List.of(), missing, "add legal_basis and beyond_law (docs/content-format.md)");
    }

    @Test
    void everyLegalBasisSaysWhatTheTextAddsAndWhereTheLawIs() {
        List<String> problems = new ArrayList<>();
        for (Entry item : items) {
            JsonNode laws = item.meta().path("legal_basis");
            if (laws.size() > 0 && item.meta().path("beyond_law").asText("").isBlank()) {
                problems.add(item.id() + ": legal_basis without beyond_law");
            }
            for (JsonNode law : laws) {
                for (String field : List.of("act", "provision", "requires", "applies_from", "url")) {
                    if (law.path(field).asText("").isBlank()) {
                        problems.add(item.id() + ": a legal_basis entry without " + field);
                    }
                }
                if (!law.path("url").asText("").startsWith("https://")) {
                    problems.add(item.id() + ": legal_basis url is not https: " + law.path("url").asText(""));
                }
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void theExemptionsStillNeedThem() {
        for (String id : NOT_A_FLOOR.keySet()) {
            Entry item = items.stream().filter(i -> i.id().equals(id)).findFirst().orElse(null);
            assertTrue(item != null, id + " is listed in NOT_A_FLOOR but does not exist; remove it");
            assertTrue(!topics(item.meta()).isEmpty() && item.meta().path("legal_basis").size() == 0,
                    id + " is listed in NOT_A_FLOOR but no longer needs the exemption; remove it");
        }
    }
}
