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
    private final JBakeHeaders jbake;

    SchemaChecker(JsonNode schemaRoot) {
        this.jbake = new JBakeHeaders(schemaRoot);
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
            JsonSchema schema = factory.getSchema(SchemaLocation.of(id), wrapper, config);
            // Built now rather than on first use, so that files are checked on several threads with nothing left to build.
            schema.initializeValidators();
            schemas.put(def, schema);
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

    /** What a JBake header cannot hold, by the same schema. */
    JBakeHeaders jbake() {
        return jbake;
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
            var plain = type.equals("pattern") || type.equals("format") || type.equals("type")
                    ? valueHint(type, pointer, m.getArguments()) : java.util.Optional.<String>empty();
            String message = message(m, type, property);
            if (plain.isPresent() && !type.equals("type")) {
                // The regex or format name means nothing to most contributors: say which value, and how to write it.
                message = "'" + tree.root().at(pointer).asText() + "' is not written the way this field needs.";
            }
            Problem problem = Problem.of(file, line, field(pointer), message, plain.orElse(hint(def, type, property, sourceFile)));
            if (!problems.contains(problem)) { // a date fails both its format and its pattern: say it once
                problems.add(problem);
            }
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

    /**
     * What a value must look like, in words, for the patterns the schema uses (keyed by the pattern, so a new field
     * with a known pattern gets its hint too); empty for a pattern without one.
     */
    private static java.util.Optional<String> valueHint(String type, String pointer, Object[] arguments) {
        String name = pointer.substring(pointer.lastIndexOf('/') + 1);
        if (type.equals("type")) {
            return name.equals("version") || name.equals("translation_of")
                    ? java.util.Optional.of(PATTERN_HINTS.get("^[0-9]+\\.[0-9]+$")) : java.util.Optional.empty();
        }
        if (type.equals("format")) {
            return java.util.Optional.of(PATTERN_HINTS.get("^[0-9]{4}-[0-9]{2}-[0-9]{2}$"));
        }
        String pattern = arguments != null && arguments.length > 0 && arguments[0] != null ? arguments[0].toString() : "";
        return java.util.Optional.ofNullable(PATTERN_HINTS.get(pattern));
    }

    private static final Map<String, String> PATTERN_HINTS = Map.of(
            "^[A-Z]{2}$", "use the two-letter country code in capitals, e.g. SE (Sweden) or NL (Netherlands).",
            "^[0-9]+\\.[0-9]+$", "write MAJOR.MINOR in quotes, e.g. \"1.0\" or \"2.1\".",
            "^[0-9]{4}-[0-9]{2}-[0-9]{2}$", "write the date as YYYY-MM-DD, e.g. 2026-03-31.",
            "^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$", "write the date as YYYY, YYYY-MM or YYYY-MM-DD, e.g. 2024 or 2024-05.",
            "^[a-z0-9]+(-[a-z0-9]+)*$", "use lower-case letters, digits and hyphens, e.g. extended-warranty.",
            "^https://", "write the full address, starting with https:// (copy it from the browser's address bar).",
            "^[a-z]{2}$", "use the two-letter language code in lower case, e.g. en, sv or fi.",
            "^[0-9a-f]{64}$", "do not edit the hash by hand: run clausebook lock (or clausebook bump) to write it.");

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
