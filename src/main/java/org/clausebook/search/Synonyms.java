package org.clausebook.search;

import com.fasterxml.jackson.databind.JsonNode;
import org.clausebook.config.YamlMappers;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The everyday words buyers type and the library's words for them, one data file per language:
 * {@value #FOLDER}/&lt;lang&gt;.yaml with two lists of groups (see the header of en.yaml):
 * {@code variants} (spellings of one word: labor/labour; every member weighs like the exact word) and
 * {@code synonyms} (other members weigh {@link Expansion#synonym()}). Members are phrases; they are analysed
 * with the language's chain and sent to the browser as terms in the manifest, so both sides expand alike.
 */
public final class Synonyms {
    public static final String FOLDER = "templates/search/synonyms";

    /** A group as written: members as typed. */
    public record Raw(boolean variant, List<String> members) {
    }

    /** A group as applied: each member's terms, in file order; {@code weight} of the members not typed. */
    public record Group(double weight, List<List<String>> members) {
    }

    private Synonyms() {
    }

    /** The groups of each language with a file under {@code project}/{@value #FOLDER}; none for the others. */
    public static Map<String, List<Raw>> load(Path project, List<String> languages) throws IOException {
        Map<String, List<Raw>> out = new TreeMap<>();
        for (String lang : languages) {
            Path file = project.resolve(FOLDER).resolve(lang + ".yaml");
            if (Files.isRegularFile(file)) {
                out.put(lang, parse(FOLDER + "/" + lang + ".yaml", Files.readString(file, StandardCharsets.UTF_8)));
            }
        }
        return out;
    }

    static List<Raw> parse(String name, String text) throws IOException {
        YamlMappers.rejectAliases(YamlMappers.yaml(), text);
        JsonNode root = YamlMappers.yaml().readTree(text);
        List<Raw> out = new ArrayList<>();
        if (root == null || root.isNull() || root.isMissingNode()) {
            return out;
        }
        if (!root.isObject()) {
            throw new IllegalArgumentException(name + ": expected the keys 'variants' and 'synonyms'");
        }
        for (var it = root.fieldNames(); it.hasNext(); ) {
            String key = it.next();
            if (!key.equals("variants") && !key.equals("synonyms")) {
                throw new IllegalArgumentException(name + ": unknown key '" + key + "' (expected variants, synonyms)");
            }
        }
        for (String key : List.of("variants", "synonyms")) {
            JsonNode list = root.path(key);
            if (list.isMissingNode() || list.isNull()) {
                continue;
            }
            if (!list.isArray()) {
                throw new IllegalArgumentException(name + ": " + key + " must be a list of groups");
            }
            for (int i = 0; i < list.size(); i++) {
                JsonNode group = list.get(i);
                if (!group.isArray() || group.size() < 2) {
                    throw new IllegalArgumentException(name + ": " + key + "[" + i + "] must be a list of two or more words");
                }
                List<String> members = new ArrayList<>();
                for (JsonNode m : group) {
                    if (!m.isTextual() || m.asText().isBlank()) {
                        throw new IllegalArgumentException(name + ": " + key + "[" + i + "] has an empty or non-text member");
                    }
                    members.add(m.asText());
                }
                out.add(new Raw(key.equals("variants"), members));
            }
        }
        return out;
    }

    /** The groups analysed with {@code analyzer}; members without terms and groups left with one member drop out. */
    static List<Group> analyze(List<Raw> raw, SearchAnalyzer analyzer, Expansion rules) {
        List<Group> out = new ArrayList<>();
        for (Raw group : raw) {
            Set<List<String>> members = new LinkedHashSet<>();
            for (String member : group.members()) {
                List<String> terms = analyzer.terms(member);
                if (!terms.isEmpty()) {
                    members.add(List.copyOf(terms));
                }
            }
            if (members.size() >= 2) {
                out.add(new Group(group.variant() ? Expansion.EXACT : rules.synonym(), List.copyOf(members)));
            }
        }
        return List.copyOf(out);
    }
}
