package org.clausebook.content;

import com.fasterxml.jackson.databind.JsonNode;
import org.clausebook.config.ConfigLoader;
import org.clausebook.config.YamlMappers;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Writes the text of a new item from the schema: every required field of {@code $defs/<section>}, with a value
 * that passes validation and says what to write. Items start as drafts.
 */
public final class Scaffold {
    /** Placeholders the scaffold writes; {@link Placeholders} refuses them outside drafts. */
    public static final String PLACEHOLDER_WORD = "TODO";
    public static final String PLACEHOLDER_COUNTRY = "XX";
    public static final String PLACEHOLDER_URL = "https://example.org/";
    private final JsonNode schema;
    private final LocalDate today;
    private final Optional<Item> usableItem;

    private Scaffold(JsonNode schema, LocalDate today, Optional<Item> usableItem) {
        this.schema = schema;
        this.today = today;
        this.usableItem = usableItem;
    }

    /**
     * @param usableItem an existing criterion or clause, for fields that must name one (a portrait's {@code uses})
     */
    public static String text(Path sourceDir, String section, LocalDate today, Optional<Item> usableItem) throws IOException {
        JsonNode root = YamlMappers.json().readTree(sourceDir.resolve(ConfigLoader.SCHEMA_FILE).toFile());
        JsonNode def = root.path("$defs").path(section);
        if (def.isMissingNode()) {
            throw new IllegalArgumentException("the schema has no section '" + section + "'");
        }
        Scaffold s = new Scaffold(root, today, usableItem);
        StringBuilder out = new StringBuilder("---\n");
        for (JsonNode field : def.path("required")) {
            String name = field.asText();
            JsonNode property = s.property(def, name);
            out.append(s.yaml(name, name.equals("status") ? "draft" : null, property, 0));
        }
        out.append("---\n## ").append(section.equals("portraits") ? "Who they are" : "Why it matters").append("\n\n")
                .append(PLACEHOLDER_WORD + ": write the text in Markdown. See docs/content-format.md.\n");
        return out.toString();
    }

    /**
     * Writes a new translation of {@code item} into {@code lang}: {@code translation_of} set to the item's current
     * version, today's date, {@code status: draft}, and every field a translation carries (per
     * {@code $defs/translation}) copied from the source-language file, with its body, as the text to translate.
     */
    public static String translation(Path sourceDir, Item item, String lang, LocalDate today) throws IOException {
        JsonNode root = YamlMappers.json().readTree(sourceDir.resolve(ConfigLoader.SCHEMA_FILE).toFile());
        Scaffold s = new Scaffold(root, today, Optional.empty());
        JsonNode def = root.path("$defs").path(SchemaChecker.TRANSLATION);
        Document source = item.source();
        var split = FrontMatterSplitter.split(source.source().text()).orElseThrow();
        JsonNode from = split.jbake() ? FrontMatterSplitter.jbakeTree(split.header()).root()
                : YamlTree.parse(YamlMappers.yaml(), split.header()).root();
        com.fasterxml.jackson.databind.node.ObjectNode out = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
        out.put("translation_of", item.version());
        out.put("title", from.path("title").asText());
        out.put("summary", from.path("summary").asText());
        out.put("date", today.toString());
        out.put("status", "draft");
        def.path("properties").fieldNames().forEachRemaining(name -> {
            JsonNode value = from.get(name);
            if (out.has(name) || name.equals("changes") || value == null) {
                return;
            }
            JsonNode property = s.resolve(def.path("properties").path(name));
            JsonNode items = s.resolve(property.path("items"));
            if (property.path("type").asText().equals("array") && items.path("type").asText().equals("object") && value.isArray()) {
                // Only the translatable parts of each entry (legal_basis: requires and scope; uses: id and note).
                var list = out.putArray(name);
                for (JsonNode entry : value) {
                    var kept = list.objectNode();
                    items.path("properties").fieldNames().forEachRemaining(k -> {
                        if (entry.has(k)) {
                            kept.set(k, entry.get(k));
                        }
                    });
                    boolean complete = true;
                    for (JsonNode r : items.path("required")) {
                        complete &= kept.has(r.asText());
                    }
                    if (complete) {
                        list.add(kept);
                    }
                }
                if (list.isEmpty()) {
                    out.remove(name);
                }
            } else {
                out.set(name, value.deepCopy());
            }
        });
        var writer = com.fasterxml.jackson.dataformat.yaml.YAMLMapper.builder()
                .disable(com.fasterxml.jackson.dataformat.yaml.YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
                .enable(com.fasterxml.jackson.dataformat.yaml.YAMLGenerator.Feature.MINIMIZE_QUOTES)
                .enable(com.fasterxml.jackson.dataformat.yaml.YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
                .enable(com.fasterxml.jackson.dataformat.yaml.YAMLGenerator.Feature.LITERAL_BLOCK_STYLE)
                .enable(com.fasterxml.jackson.dataformat.yaml.YAMLGenerator.Feature.INDENT_ARRAYS_WITH_INDICATOR)
                .disable(com.fasterxml.jackson.dataformat.yaml.YAMLGenerator.Feature.SPLIT_LINES)
                .build();
        String sourceName = source.source().relPath().substring(source.source().relPath().lastIndexOf('/') + 1);
        return "---\n# Translate the text below (copied from " + sourceName + ") into '" + lang
                + "'; then remove status: draft.\n" + writer.writeValueAsString(out) + "---\n"
                + split.body().replaceFirst("^\n+", "");
    }

    private JsonNode property(JsonNode def, String name) {
        JsonNode own = def.path("properties").path(name);
        if (!own.isMissingNode()) {
            return resolve(own);
        }
        return resolve(schema.path("$defs").path("common").path("properties").path(name));
    }

    private JsonNode resolve(JsonNode node) {
        JsonNode n = node;
        while (n.has("$ref")) {
            String ref = n.get("$ref").asText();
            n = schema.at(ref.substring(1));
        }
        return n;
    }

    private String yaml(String name, String forced, JsonNode property, int indent) {
        String pad = " ".repeat(indent);
        String value = forced != null ? forced : scalar(name, property);
        if (value != null) {
            return pad + name + ": " + value + "\n";
        }
        if (property.path("type").asText().equals("array")) {
            JsonNode items = resolve(property.path("items"));
            if (items.path("type").asText().equals("object")) {
                return pad + name + ":\n" + object(items, indent + 2, true);
            }
            return pad + name + ": [" + scalar(name, items) + "]\n";
        }
        return pad + name + ":\n" + object(property, indent + 2, false);
    }

    private String object(JsonNode def, int indent, boolean listItem) {
        StringBuilder out = new StringBuilder();
        List<String> required = new ArrayList<>();
        def.path("required").forEach(r -> required.add(r.asText()));
        boolean first = true;
        for (String name : required) {
            String forced = name.equals("version") && required.contains("id") && usableItem.isPresent()
                    ? "\"" + usableItem.get().version() + "\"" : null;
            String line = yaml(name, forced, resolve(def.path("properties").path(name)), indent);
            if (listItem && first) {
                line = " ".repeat(indent - 2) + "- " + line.substring(indent);
            }
            out.append(line);
            first = false;
        }
        return out.toString();
    }

    private String scalar(String name, JsonNode p) {
        if (p.has("enum")) {
            return p.get("enum").get(0).asText();
        }
        if (name.equals("id") && usableItem.isPresent()) {
            return usableItem.get().id();
        }
        if (name.equals("version") || name.equals("translation_of")) {
            return "\"1.0\"";
        }
        String pattern = p.path("pattern").asText("");
        if (pattern.contains("[0-9]{4}-[0-9]{2}-[0-9]{2}") || p.path("format").asText().equals("date")) {
            return today.toString();
        }
        return switch (p.path("type").asText()) {
            case "string" -> pattern.equals("^[A-Z]{2}$") ? PLACEHOLDER_COUNTRY : pattern.startsWith("^https://") ? PLACEHOLDER_URL
                    : "\"" + PLACEHOLDER_WORD + ": " + name.replace('_', ' ') + "\"";
            case "integer" -> String.valueOf(Math.max(p.path("minimum").asInt(0), today.getYear()));
            case "array", "object", "" -> null;
            default -> PLACEHOLDER_WORD;
        };
    }
}
