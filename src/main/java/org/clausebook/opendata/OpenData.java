package org.clausebook.opendata;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.util.RawValue;
import org.clausebook.content.Item;
import org.clausebook.render.Licences;
import org.clausebook.render.RenderContext;
import org.clausebook.util.ContentHash;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Writes {@code /api/v1/}: {@code <lang>/items.json} (every item, every version), {@code <lang>/criteria.csv} (criteria
 * and clauses, current version), the schemas and {@code index.json}. Paths are relative to the output folder.
 */
public final class OpenData {
    /** Version of the format; within 1.x fields are only added. */
    public static final String SCHEMA_VERSION = "1.0";
    private static final List<String> CRITERIA_SECTIONS = List.of("criteria", "clauses");
    /** How every file here is written (immutable, shared by the threads of a build). */
    private static final ObjectWriter PRETTY = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writer();

    private OpenData() {
    }

    /** @param contentSchema the content schema, whose code lists the published schemas copy */
    public static SortedMap<String, byte[]> files(RenderContext ctx, com.fasterxml.jackson.databind.JsonNode contentSchema) {
        return files(ctx, contentSchema, Reuse.never());
    }

    /**
     * How one item's record in one language is written as JSON: {@code serve} may return what it kept for an equal
     * record. The text is the record as it sits in the {@code items} list of {@code <lang>/items.json} (indented one
     * level deeper than alone), a pure function of the record.
     */
    @FunctionalInterface
    public interface Reuse {
        String record(String lang, String id, Map<String, Object> record, java.util.function.Supplier<String> make);

        static Reuse never() {
            return (lang, id, record, make) -> make.get();
        }
    }

    /** As {@link #files(RenderContext, com.fasterxml.jackson.databind.JsonNode)}, reusing the JSON of equal records. */
    public static SortedMap<String, byte[]> files(RenderContext ctx, com.fasterxml.jackson.databind.JsonNode contentSchema,
                                                 Reuse reuse) {
        var config = ctx.model().config();
        String licence = config.defaultLicence();
        Map<String, Object> licenceMap = new LinkedHashMap<>();
        licenceMap.put("spdx", licence);
        licenceMap.put("url", Licences.url(licence));
        String attribution = config.title().get(config.defaultLanguage()) + " (" + config.baseUrl()
                + "), contributors named in each item's sources; licence " + licence + " unless an item says otherwise.";

        SortedMap<String, byte[]> data = new TreeMap<>();
        ItemRecords records = new ItemRecords(ctx);
        List<Item> published = ctx.model().items().values().stream().toList();
        List<Item> criteria = published.stream().filter(i -> CRITERIA_SECTIONS.contains(i.section())).toList();
        for (String lang : config.languages()) {
            // Each record is written alone and put into the list as it is: the bytes Jackson writes for the whole document.
            List<RawValue> items = published.stream().map(i -> {
                Map<String, Object> record = records.item(i, lang);
                return new RawValue(reuse.record(lang, i.id(), record, () -> nested(record)));
            }).toList();
            Map<String, Object> doc = new LinkedHashMap<>();
            doc.put("format", "clausebook-items");
            doc.put("schema_version", SCHEMA_VERSION);
            doc.put("language", lang);
            doc.put("licence", licenceMap);
            doc.put("attribution", attribution);
            doc.put("content_hash", "");
            doc.put("items", items);
            data.put(path(ctx, lang + "/items.json"), json(doc));
            data.put(path(ctx, lang + "/criteria.csv"), CriteriaCsv.write(ctx, criteria, lang).getBytes(StandardCharsets.UTF_8));
        }
        Schemas schemas = new Schemas(config, contentSchema);
        for (String schema : List.of(Schemas.ITEMS, Schemas.INDEX)) {
            data.put(path(ctx, schema), json(schemas.schema(schema, ctx.urls().absolute(ctx.urls().api("v1/" + schema)))));
        }
        String hash = ContentHash.of(data);
        SortedMap<String, byte[]> out = new TreeMap<>();
        data.forEach((path, bytes) -> out.put(path, path.endsWith("items.json")
                ? new String(bytes, StandardCharsets.UTF_8).replaceFirst("\"content_hash\" : \"\"", "\"content_hash\" : \"" + hash + "\"")
                .getBytes(StandardCharsets.UTF_8) : bytes));
        out.put(path(ctx, "index.json"), json(index(ctx, out, licenceMap, attribution, hash)));
        return out;
    }

    private static Map<String, Object> index(RenderContext ctx, SortedMap<String, byte[]> files, Map<String, Object> licence,
                                             String attribution, String hash) {
        Map<String, Object> index = new LinkedHashMap<>();
        index.put("format", "clausebook-open-data");
        index.put("schema_version", SCHEMA_VERSION);
        index.put("languages", ctx.model().config().languages());
        index.put("licence", licence);
        index.put("attribution", attribution);
        index.put("content_hash", hash);
        List<Map<String, Object>> list = new ArrayList<>();
        files.forEach((path, bytes) -> {
            Map<String, Object> f = new LinkedHashMap<>();
            f.put("path", path);
            String[] parts = path.split("/");
            if (parts.length >= 2 && ctx.model().config().languages().contains(parts[parts.length - 2])) {
                f.put("language", parts[parts.length - 2]);
            }
            f.put("media_type", path.endsWith(".csv") ? "text/csv" : path.endsWith(".schema.json") ? "application/schema+json" : "application/json");
            if (path.endsWith("items.json")) {
                f.put("schema", path(ctx, Schemas.ITEMS));
            }
            f.put("bytes", bytes.length);
            f.put("sha256", sha256(bytes));
            list.add(f);
        });
        index.put("files", list);
        return index;
    }

    private static String path(RenderContext ctx, String name) {
        return ctx.urls().file(ctx.urls().api("v1/" + name));
    }

    /** A record as the pretty printer writes it inside the {@code items} list: each line after the first indented by two more spaces. */
    private static String nested(Map<String, Object> record) {
        try {
            return PRETTY.writeValueAsString(record).replace("\n", "\n  ");
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] json(Object value) {
        try {
            return (new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(value) + "\n")
                    .getBytes(StandardCharsets.UTF_8);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
