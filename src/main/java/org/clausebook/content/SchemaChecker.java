package org.clausebook.content;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.PathType;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import org.clausebook.diagnostics.Problem;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Checks front matter against {@code content/schema/front-matter.schema.json}: a source file against
 * {@code $defs/<section>}, a translation against {@code $defs/translation}. Turns each schema message into a
 * {@link Problem} with the line of the offending value and a hint.
 */
final class SchemaChecker {
    static final String TRANSLATION = "translation";

    private final Map<String, JsonSchema> schemas = new HashMap<>();
    private final Set<String> sourceOnlyFields;
    /** Field names each definition declares (its own and those of $defs/common); used to drop follow-on noise. */
    private final Map<String, Set<String>> declared = new HashMap<>();

    SchemaChecker(JsonNode schemaRoot) {
        JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
        SchemaValidatorsConfig config = SchemaValidatorsConfig.builder()
                .pathType(PathType.JSON_POINTER)
                .formatAssertionsEnabled(true)
                .locale(Locale.ENGLISH)
                .build();
        String id = schemaRoot.path("$id").asText("https://clausebook.invalid/schema.json");
        schemaRoot.path("$defs").fieldNames().forEachRemaining(def -> {
            ObjectNode wrapper = schemaRoot.deepCopy();
            wrapper.put("$ref", "#/$defs/" + def);
            schemas.put(def, factory.getSchema(SchemaLocation.of(id), wrapper, config));
        });
        Set<String> sourceOnly = new TreeSet<>();
        schemaRoot.path("$defs").fields().forEachRemaining(def -> def.getValue().path("properties").fields()
                .forEachRemaining(p -> {
                    if (p.getValue().path("x-source-only").asBoolean(false)) {
                        sourceOnly.add(p.getKey());
                    }
                }));
        this.sourceOnlyFields = Set.copyOf(sourceOnly);
        Set<String> common = new TreeSet<>();
        schemaRoot.path("$defs").path("common").path("properties").fieldNames().forEachRemaining(common::add);
        schemaRoot.path("$defs").fields().forEachRemaining(def -> {
            Set<String> names = new TreeSet<>();
            def.getValue().path("properties").fieldNames().forEachRemaining(names::add);
            if (def.getValue().path("allOf").toString().contains("#/$defs/common")) {
                names.addAll(common);
            }
            declared.put(def.getKey(), Set.copyOf(names));
        });
    }

    boolean hasDefinition(String def) {
        return schemas.containsKey(def);
    }

    List<Problem> check(String def, YamlTree tree, String file, int headerLine, String sourceFile) {
        List<Problem> problems = new ArrayList<>();
        for (ValidationMessage m : schemas.get(def).validate(tree.root())) {
            String pointer = m.getInstanceLocation().toString();
            String property = m.getProperty();
            String type = m.getType();
            if (type.equals("unevaluatedProperties") && pointer.isEmpty()
                    && declared.getOrDefault(def, Set.of()).contains(property)) {
                // A declared field whose value failed another check: that check already reports it.
                continue;
            }
            if (property != null && (type.equals("unevaluatedProperties") || type.equals("additionalProperties")
                    || type.equals("required"))) {
                pointer = pointer + "/" + property;
            }
            int line = tree.lineOf(type.equals("required") ? parent(pointer) : pointer) + headerLine - 1;
            problems.add(Problem.of(file, line, field(pointer), message(m, type, property), hint(def, type, property, sourceFile)));
        }
        return problems;
    }

    private String message(ValidationMessage m, String type, String property) {
        return switch (type) {
            case "unevaluatedProperties", "additionalProperties" -> "unknown field '" + property + "'.";
            case "required" -> "required field '" + property + "' is missing.";
            default -> {
                String text = m.getMessage();
                int colon = text.indexOf(": ");
                yield (colon >= 0 && text.startsWith(m.getInstanceLocation().toString()) ? text.substring(colon + 2) : text) + ".";
            }
        };
    }

    private String hint(String def, String type, String property, String sourceFile) {
        if ((type.equals("unevaluatedProperties") || type.equals("additionalProperties")) && def.equals(TRANSLATION)
                && sourceOnlyFields.contains(property)) {
            return "'" + property + "' is language-neutral: keep it only in the source-language file ("
                    + sourceFile + "); translations inherit it.";
        }
        return switch (type) {
            case "unevaluatedProperties", "additionalProperties" ->
                    "remove it or correct its spelling; the fields are listed in docs/content-format.md.";
            case "required" -> "add '" + property + ":' to the front matter.";
            case "type" -> "check the value's type; quote versions and text (\"2.0\").";
            case "enum" -> "use one of the listed values.";
            case "pattern", "format" -> "see the field's description in content/schema/front-matter.schema.json.";
            case "contains", "minContains" -> "a rule ties this field to another (eForms: award_criterion_type needs the stage award, "
                    + "green needs env-imp and social needs soc-obj); see docs/content-format.md.";
            default -> "";
        };
    }

    private static String parent(String pointer) {
        int slash = pointer.lastIndexOf('/');
        return slash <= 0 ? "" : pointer.substring(0, slash);
    }

    /** {@code /sources/0/date} → {@code sources[0].date}. */
    static String field(String pointer) {
        StringBuilder out = new StringBuilder();
        for (String part : pointer.split("/")) {
            if (part.isEmpty()) {
                continue;
            }
            if (part.chars().allMatch(Character::isDigit)) {
                out.append('[').append(part).append(']');
            } else {
                out.append(out.length() == 0 ? "" : ".").append(part.replace("~1", "/").replace("~0", "~"));
            }
        }
        return out.toString();
    }
}
