package org.clausebook.site;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.clausebook.content.Item;
import org.clausebook.render.RenderContext;
import org.clausebook.versions.TranslationStatus;
import org.clausebook.versions.VersionChecks;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The files about versions beside the pages: each item's Atom feed per language, and the translation status as JSON. */
final class VersionFiles {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private VersionFiles() {
    }

    static void add(OutputSet output, RenderContext ctx) {
        var urls = ctx.urls();
        for (String lang : ctx.model().config().languages()) {
            for (Item item : ctx.model().items().values()) {
                output.put(urls.file(urls.itemFeed(lang, ctx.section(item), item.id())), AtomFeed.itemFeed(ctx.model(), urls, item, lang));
            }
        }
        output.put(urls.file(urls.api("translations.json")), translations(ctx));
    }

    /** Every item's state in every language, with counts per language: what the status pages show, as data. */
    static String translations(RenderContext ctx) {
        List<String> languages = ctx.model().config().languages();
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("format", 1);
        root.put("languages", languages);
        Map<String, Object> counts = new LinkedHashMap<>();
        for (String lang : languages) {
            Map<String, Integer> c = new LinkedHashMap<>();
            TranslationStatus.counts(ctx.model(), lang).forEach((state, n) -> c.put(state.id(), n));
            counts.put(lang, c);
        }
        root.put("counts", counts);
        List<Map<String, Object>> items = ctx.model().items().values().stream().map(item -> {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("id", item.id());
            entry.put("section", item.section());
            entry.put("version", item.version());
            entry.put("source_language", item.sourceLang());
            VersionChecks.recorded(item).ifPresent(hash -> entry.put("hash", hash));
            Map<String, Object> states = new LinkedHashMap<>();
            for (String lang : languages) {
                TranslationStatus.Entry e = TranslationStatus.of(item, lang);
                Map<String, Object> s = new LinkedHashMap<>();
                s.put("state", e.state().id());
                if (!e.follows().isEmpty()) {
                    s.put("follows", e.follows());
                }
                s.put("url", ctx.urls().absolute(ctx.itemUrl(lang, item)));
                states.put(lang, s);
            }
            entry.put("languages", states);
            return entry;
        }).toList();
        root.put("items", items);
        try {
            return JSON.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
