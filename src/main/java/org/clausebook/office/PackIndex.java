package org.clausebook.office;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.clausebook.config.TaxonomyConfig;
import org.clausebook.content.Item;
import org.clausebook.render.RenderContext;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@code /<lang>/pack/items.json}: what the tender pack page needs to know about the library in one language —
 * every criterion and clause with its current version, its earlier versions and where their pack parts are, the
 * procurement stages in order, the other languages, the page's strings ({@code office.*}) and the Word styles
 * and list definitions ({@link OoxmlParts}) and the ODF frame ({@link OdtWriter#packFrame}) that
 * assets/pack/documents.js puts around the parts.
 */
public final class PackIndex {
    private static final ObjectMapper JSON = new ObjectMapper();

    private PackIndex() {
    }

    public static String url(RenderContext ctx, String lang) {
        return pageUrl(ctx, lang) + "items.json";
    }

    /** The pack page of a language. */
    public static String pageUrl(RenderContext ctx, String lang) {
        return ctx.urls().home(lang) + "pack/";
    }

    static byte[] json(RenderContext ctx, String lang) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("lang", lang);
        List<Map<String, String>> stages = new ArrayList<>();
        ctx.model().config().taxonomies().stream().filter(t -> t.id().equals("stages")).findFirst()
                .ifPresent(tax -> tax.terms().forEach(term -> stages.add(ordered("term", term, "label", ctx.termLabel(lang, tax, term)))));
        out.put("stages", stages);
        List<Map<String, String>> languages = new ArrayList<>();
        for (String l : ctx.model().config().languages()) {
            languages.add(ordered("lang", l, "name", ctx.i18n().languageName(l), "index", url(ctx, l), "page", pageUrl(ctx, l)));
        }
        out.put("languages", languages);
        Map<String, String> strings = new TreeMap<>();
        ctx.i18n().strings(lang).forEach((k, v) -> {
            if (k.startsWith("office.")) {
                strings.put(k.substring(7), v);
            }
        });
        strings.put("id", ctx.i18n().get(lang, "item.id"));
        strings.put("version", ctx.i18n().get(lang, "item.version"));
        strings.put("tender", ctx.i18n().get(lang, "item.tender_text"));
        strings.put("verification", ctx.i18n().get(lang, "item.verification"));
        out.put("strings", strings);
        // The Word parts the browser does not assemble itself, the same as the .docx downloads use.
        out.put("docx", ordered("styles", OoxmlParts.styles(lang), "abstractNums", OoxmlParts.abstractNums()));
        out.put("odt", OdtWriter.packFrame(lang));
        List<Map<String, Object>> items = new ArrayList<>();
        for (Item item : ctx.model().items().values()) {
            if (!Downloads.SECTIONS.contains(item.section())) {
                continue;
            }
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("id", item.id());
            entry.put("section", item.section());
            entry.put("version", item.version());
            entry.put("title", item.in(lang).orElse(item.source()).meta().title());
            entry.put("kind", ctx.i18n().get(lang, "kind." + item.section()));
            entry.put("stages", item.meta().taxonomies().getOrDefault("stages", List.of()));
            entry.put("ambition", ambition(ctx, lang, item));
            entry.put("page", ctx.itemUrl(lang, item));
            Map<String, String> parts = new LinkedHashMap<>();
            for (String v : item.versions()) {
                parts.put(v, Downloads.fileUrl(ctx, item, v, lang, "pack.json"));
            }
            entry.put("parts", parts);
            items.add(entry);
        }
        out.put("items", items);
        try {
            return JSON.writeValueAsBytes(out);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A map in the order given ({@code Map.of} iterates in a different order on every run). */
    private static Map<String, String> ordered(String... keysAndValues) {
        Map<String, String> out = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            out.put(keysAndValues[i], keysAndValues[i + 1]);
        }
        return out;
    }

    private static String ambition(RenderContext ctx, String lang, Item item) {
        List<String> terms = item.meta().taxonomies().getOrDefault("ambition", List.of());
        for (TaxonomyConfig tax : ctx.model().config().taxonomies()) {
            if (tax.id().equals("ambition") && !terms.isEmpty()) {
                return ctx.termLabel(lang, tax, terms.get(0));
            }
        }
        return "";
    }
}
