package org.clausebook.opendata;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.clausebook.config.SectionConfig;
import org.clausebook.config.SiteConfig;
import org.clausebook.config.TaxonomyConfig;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The published JSON Schemas of the open-data files. Each is a resource beside this class whose term lists are marked
 * {@code "x-terms": "<name>"} (the site's languages, sections and taxonomy terms) or {@code "x-content": "<JSON
 * pointer>"} (a list of the content schema, e.g. the eForms codes); the marks are replaced by those lists, so the
 * open-data schema cannot drift from the content it describes.
 */
final class Schemas {
    static final String ITEMS = "items.schema.json";
    static final String INDEX = "index.schema.json";

    private final ObjectMapper json = new ObjectMapper();
    private final Map<String, List<String>> terms = new LinkedHashMap<>();
    private final JsonNode contentSchema;

    /** @param contentSchema {@code content/schema/front-matter.schema.json}, for the marks {@code "x-content": "<JSON pointer>"} */
    Schemas(SiteConfig config, JsonNode contentSchema) {
        this.contentSchema = contentSchema;
        terms.put("languages", config.languages());
        terms.put("sections", config.sections().stream().map(SectionConfig::id).toList());
        for (TaxonomyConfig tax : config.taxonomies()) {
            terms.put(tax.id(), tax.terms());
        }
    }

    /** The schema {@code name} with its term lists filled in, and its {@code $id} set to where it is published. */
    JsonNode schema(String name, String id) {
        try (InputStream in = Schemas.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            ObjectNode root = (ObjectNode) json.readTree(in);
            ObjectNode out = json.createObjectNode();
            out.set("$schema", root.get("$schema"));
            out.put("$id", id);
            root.fields().forEachRemaining(f -> {
                if (!f.getKey().equals("$schema")) {
                    out.set(f.getKey(), f.getValue());
                }
            });
            fill(out);
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void fill(JsonNode node) {
        if (node instanceof ObjectNode obj) {
            JsonNode pointer = obj.remove("x-content");
            if (pointer != null) {
                JsonNode values = contentSchema.at(pointer.asText());
                if (!values.isArray()) {
                    throw new IllegalStateException("x-content '" + pointer.asText() + "' names no list in the content schema");
                }
                obj.set("enum", values.deepCopy());
            }
            JsonNode mark = obj.remove("x-terms");
            if (mark != null) {
                List<String> list = terms.get(mark.asText());
                if (list == null) {
                    throw new IllegalStateException("unknown x-terms '" + mark.asText() + "' in an open-data schema");
                }
                ArrayNode values = obj.putArray("enum");
                list.forEach(values::add);
            }
            obj.elements().forEachRemaining(this::fill);
        } else if (node instanceof ArrayNode array) {
            array.elements().forEachRemaining(this::fill);
        }
    }
}
