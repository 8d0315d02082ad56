package org.clausebook.render;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.clausebook.content.Item;
import org.clausebook.content.Scaffold;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * {@code /<lang>/contribute/new/form.json}: what the contribution form (assets/contribute/form.js) needs, written at
 * build time from the content schema {@code validate} uses, so the form's fields and rules cannot drift from it:
 * the fields of a portrait ({@code $defs/portraits} with {@code $defs/common}) and of a translation
 * ({@code $defs/translation}), with every {@code $ref} resolved; the items a portrait can use or a reader can
 * translate; the site's languages; the placeholders {@code validate} refuses; the page's strings; the repository.
 */
final class ContributeData {
    /** The fields the form asks for, in this order; the others are filled in (version, date, status, changes). */
    static final List<String> PORTRAIT_FIELDS = List.of("title", "summary", "organisation", "themes", "uses", "sources");
    static final List<String> TRANSLATION_FIELDS = List.of("title", "summary", "tender_text", "verification");
    /** Sections a reader can translate an item of, and the sections a portrait's {@code uses} name. */
    static final List<String> TRANSLATABLE = List.of("criteria", "clauses", "practices", "portraits");
    private static final Set<String> USABLE = Set.of("criteria", "clauses");
    /** Schema keywords the form applies; the rest (descriptions, x-source-only, …) are left out. */
    private static final List<String> RULES = List.of("type", "enum", "pattern", "minLength", "maxLength", "minimum", "maximum",
            "minItems", "uniqueItems");
    private static final ObjectMapper JSON = new ObjectMapper();

    private ContributeData() {
    }

    static byte[] json(RenderContext ctx, JsonNode schema, String lang) {
        ObjectNode out = JSON.createObjectNode();
        out.put("lang", lang);
        ctx.model().config().repository().ifPresentOrElse(r -> out.put("newFile", r.newFileUrl()), () -> out.putNull("newFile"));
        ObjectNode placeholders = out.putObject("placeholders");
        placeholders.put("word", Scaffold.PLACEHOLDER_WORD);
        placeholders.put("country", Scaffold.PLACEHOLDER_COUNTRY);
        placeholders.put("url", Scaffold.PLACEHOLDER_URL);
        ObjectNode forms = out.putObject("schema");
        JsonNode defs = schema.path("$defs");
        forms.set("portraits", fields(schema, List.of(defs.path("common").path("properties"), defs.path("portraits").path("properties")),
                defs.path("portraits").path("required"), PORTRAIT_FIELDS, ctx));
        forms.set("translation", fields(schema, List.of(defs.path("translation").path("properties")),
                defs.path("translation").path("required"), TRANSLATION_FIELDS, ctx));
        ArrayNode languages = out.putArray("languages");
        ObjectNode fileStrings = out.putObject("fileStrings");
        for (String l : ctx.model().config().languages()) {
            languages.addObject().put("lang", l).put("name", ctx.i18n().languageName(l));
            ObjectNode f = fileStrings.putObject(l);
            for (String key : List.of("first_version", "heading_who", "heading_approach", "heading_followup", "heading_lessons")) {
                f.put(key, ctx.i18n().get(l, "contribute_form." + key));
            }
        }
        ArrayNode items = out.putArray("items");
        for (Item item : ctx.model().items().values()) {
            if (!TRANSLATABLE.contains(item.section())) {
                continue;
            }
            ObjectNode entry = items.addObject();
            entry.put("id", item.id());
            entry.put("section", item.section());
            entry.put("title", item.in(lang).orElse(item.source()).meta().title());
            entry.put("version", item.version());
            entry.put("sourceLang", item.sourceLang());
            ArrayNode has = entry.putArray("languages");
            item.current().keySet().forEach(has::add);
            entry.put("page", ctx.itemUrl(lang, item));
        }
        Map<String, String> strings = new TreeMap<>();
        ObjectNode labels = out.putObject("enumLabels");
        ObjectNode orgTypes = labels.putObject("organisation.type");
        ObjectNode themes = labels.putObject("themes");
        ObjectNode kinds = labels.putObject("section");
        new TreeMap<>(ctx.i18n().strings(lang)).forEach((k, v) -> { // sorted: the i18n map has no fixed order
            if (k.startsWith("contribute_form.")) {
                strings.put(k.substring("contribute_form.".length()), v);
            } else if (k.startsWith("orgtype.")) {
                orgTypes.put(k.substring("orgtype.".length()), v);
            } else if (k.startsWith("term.themes.")) {
                themes.put(k.substring("term.themes.".length()), v);
            } else if (k.startsWith("section.")) {
                kinds.put(k.substring("section.".length()), v);
            }
        });
        out.set("strings", JSON.valueToTree(strings));
        try {
            return JSON.writeValueAsBytes(out);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The named fields, looked up in {@code sources} in order (a later one wins), with their rules and required flags. */
    private static ObjectNode fields(JsonNode schema, List<JsonNode> sources, JsonNode required, List<String> names, RenderContext ctx) {
        ObjectNode def = JSON.createObjectNode();
        ArrayNode req = def.putArray("required");
        required.forEach(r -> {
            if (names.contains(r.asText())) {
                req.add(r.asText());
            }
        });
        ObjectNode props = def.putObject("properties");
        for (String name : names) {
            JsonNode found = null;
            for (JsonNode source : sources) {
                if (source.has(name)) {
                    found = source.get(name);
                }
            }
            if (found != null) {
                props.set(name, rules(schema, found, name, ctx));
            }
        }
        return def;
    }

    /** One field's rules with its {@code $ref}s resolved; a use's {@code id} lists the criteria and clauses there are. */
    private static ObjectNode rules(JsonNode schema, JsonNode node, String path, RenderContext ctx) {
        JsonNode n = node;
        ObjectNode out = JSON.createObjectNode();
        while (n.has("$ref")) {
            for (var it = n.fields(); it.hasNext(); ) {
                var f = it.next();
                if (RULES.contains(f.getKey()) && !out.has(f.getKey())) {
                    out.set(f.getKey(), f.getValue());
                }
            }
            n = schema.at(n.get("$ref").asText().substring(1));
        }
        for (String key : RULES) {
            if (n.has(key) && !out.has(key)) {
                out.set(key, n.get(key));
            }
        }
        if (n.has("properties")) {
            out.put("type", "object");
            ArrayNode req = out.putArray("required");
            n.path("required").forEach(req::add);
            ObjectNode props = out.putObject("properties");
            for (var it = n.path("properties").fields(); it.hasNext(); ) {
                var f = it.next();
                props.set(f.getKey(), rules(schema, f.getValue(), path + "." + f.getKey(), ctx));
            }
        }
        if (n.has("items")) {
            out.set("items", rules(schema, n.get("items"), path, ctx));
        }
        if (path.equals("uses.id")) {
            ArrayNode ids = out.putArray("enum");
            ctx.model().items().values().stream().filter(i -> USABLE.contains(i.section())).map(Item::id).sorted().forEach(ids::add);
        }
        if (path.equals("uses.version")) {
            out.put("x-auto", "version-of-id");
        }
        return out;
    }
}
