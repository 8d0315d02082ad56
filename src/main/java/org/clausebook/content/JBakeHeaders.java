package org.clausebook.content;

import com.fasterxml.jackson.databind.JsonNode;
import org.clausebook.diagnostics.Problem;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * What a JBake header ({@code key=value} lines ended by {@code ~~~~~~}) cannot say: it holds single values and the
 * comma-separated {@code tags}, so a field the schema wants as a list or a group of fields (such as {@code sources},
 * {@code stages} or {@code organisation}) cannot be written in it. A file that uses or needs such a field gets one
 * problem per field, on its line, telling the author to write the header in YAML instead; the schema's own
 * "must be an array" messages would not say why.
 */
final class JBakeHeaders {
    /** The one list a JBake header can hold (comma-separated), as in JBake. */
    static final String TAGS = "tags";
    static final String HINT = "write this file's header in YAML between two lines '---' (docs/content-format.md, "
            + "'JBake header'); a JBake header holds only single values and the comma-separated tags.";

    /** Per schema definition: its list and object fields, and which of them are required. */
    private final Map<String, Set<String>> structured = new HashMap<>();
    private final Map<String, Set<String>> requiredStructured = new HashMap<>();

    JBakeHeaders(JsonNode schemaRoot) {
        JsonNode defs = schemaRoot.path("$defs");
        defs.fields().forEachRemaining(def -> {
            Set<String> fields = new TreeSet<>();
            collect(def.getValue(), defs, fields);
            fields.remove(TAGS);
            structured.put(def.getKey(), Collections.unmodifiableSet(fields));
            Set<String> required = new LinkedHashSet<>();
            def.getValue().path("required").forEach(r -> {
                if (fields.contains(r.asText())) {
                    required.add(r.asText());
                }
            });
            requiredStructured.put(def.getKey(), Collections.unmodifiableSet(required)); // schema order: stable messages
        });
    }

    /** The fields of a definition (its own and those of the definitions it includes with allOf) that are lists or objects. */
    private static void collect(JsonNode def, JsonNode defs, Set<String> out) {
        def.path("properties").fields().forEachRemaining(p -> {
            if (isStructured(p.getValue(), defs)) {
                out.add(p.getKey());
            }
        });
        for (JsonNode part : def.path("allOf")) {
            String ref = part.path("$ref").asText("");
            collect(ref.startsWith("#/$defs/") ? defs.path(ref.substring(8)) : part, defs, out);
        }
    }

    private static boolean isStructured(JsonNode property, JsonNode defs) {
        String ref = property.path("$ref").asText("");
        JsonNode p = ref.startsWith("#/$defs/") ? defs.path(ref.substring(8)) : property;
        String type = p.path("type").asText("");
        return type.equals("array") || type.equals("object") || p.has("items") || p.has("properties");
    }

    /** Problems of a JBake header checked against definition {@code def}; empty when it can say all it must. */
    List<Problem> check(String def, YamlTree tree, String file, int headerLine) {
        List<Problem> problems = new ArrayList<>();
        Set<String> lists = structured.getOrDefault(def, Set.of());
        for (Iterator<String> names = tree.root().fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (lists.contains(name)) {
                problems.add(Problem.of(file, tree.lineOf("/" + name) + headerLine - 1, name, "a JBake header cannot hold '"
                        + name + "': it is a list or a group of fields, and a 'key=value' line gives only one piece of text.", HINT));
            }
        }
        for (String name : requiredStructured.getOrDefault(def, Set.of())) {
            if (!tree.root().has(name)) {
                problems.add(Problem.of(file, headerLine, name, "this section needs '" + name
                        + "', a list or a group of fields, which a JBake header cannot hold.", HINT));
            }
        }
        return problems;
    }
}
