package org.clausebook.opendata;

import org.clausebook.config.SectionConfig;
import org.clausebook.config.TaxonomyConfig;
import org.clausebook.content.Document;
import org.clausebook.content.FrontMatter;
import org.clausebook.content.Item;
import org.clausebook.content.LegalBasisText;
import org.clausebook.markdown.LinkTarget;
import org.clausebook.render.Licences;
import org.clausebook.render.RenderContext;
import org.clausebook.versions.ChangeNotes;
import org.clausebook.versions.TranslationStatus;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** One item as open data in one language: its metadata, legal basis, sources and every version with its texts. */
final class ItemRecords {
    private final RenderContext ctx;

    ItemRecords(RenderContext ctx) {
        this.ctx = ctx;
    }

    Map<String, Object> item(Item item, String lang) {
        SectionConfig section = ctx.section(item);
        FrontMatter meta = item.meta();
        Document text = item.in(lang).orElse(item.source());
        LinkTarget links = ctx.links(lang, item);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", item.id());
        out.put("section", section.id());
        out.put("version", item.version());
        out.put("date", ChangeNotes.date(item, item.version()).toString());
        out.put("status", meta.status());
        out.put("source_language", item.sourceLang());
        out.put("text_language", text.lang());
        TranslationStatus.Entry status = TranslationStatus.of(item, lang);
        out.put("translation", status.follows().isEmpty() ? Map.of("state", status.state().id())
                : ordered("state", status.state().id(), "follows", status.follows()));
        out.put("title", text.meta().title());
        out.put("summary", text.meta().summary());
        out.put("url", ctx.urls().absolute(ctx.itemUrl(lang, item)));
        out.put("permalink", ctx.urls().absolute(ctx.urls().version(lang, section, item.id(), item.version())));
        out.put("hash", ctx.derived().textHash(item.source()));
        Map<String, Object> terms = new LinkedHashMap<>();
        for (TaxonomyConfig tax : ctx.model().config().taxonomies()) {
            List<String> values = meta.taxonomies().getOrDefault(tax.id(), List.of());
            terms.put(tax.id(), tax.single() ? (values.isEmpty() ? null : values.get(0)) : values);
        }
        out.put("terms", terms);
        out.put("related", meta.related());
        out.put("cpv", cpv(item, lang));
        out.put("eforms", eforms(meta.eforms(), meta.taxonomies().getOrDefault("stages", List.of())));
        out.put("equivalents", meta.equivalents().stream().map(e -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("scheme", e.scheme());
            m.put("name", e.name());
            m.put("identifier", e.identifier());
            m.put("url", e.url());
            m.put("note", e.note());
            return m;
        }).toList());
        out.put("legal_basis", legalBasis(item, text, links));
        String beyond = text.meta().beyondLaw() != null ? text.meta().beyondLaw() : meta.beyondLaw();
        out.put("beyond_law", beyond == null ? null : texts(beyond, links));
        out.put("sources", meta.sources().stream().map(s -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("title", s.title());
            m.put("publisher", s.publisher());
            m.put("date", s.date());
            m.put("url", s.url());
            m.put("language", s.language());
            m.put("note", s.note());
            return m;
        }).toList());
        String licence = meta.licence() == null ? ctx.model().config().defaultLicence() : meta.licence();
        out.put("licence", ordered("spdx", licence, "url", Licences.url(licence)));
        out.put("versions", versions(item, lang, section, links));
        return out;
    }

    private List<Map<String, Object>> versions(Item item, String lang, SectionConfig section, LinkTarget links) {
        List<Map<String, Object>> out = new ArrayList<>();
        List<String> all = new ArrayList<>(item.versions());
        java.util.Collections.reverse(all);
        for (String v : all) {
            Document source = ChangeNotes.sourceOf(item, v);
            Document text = ChangeNotes.textOf(item, v, lang).orElse(source);
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("version", v);
            m.put("date", ChangeNotes.date(item, v).toString());
            var note = ChangeNotes.change(item, lang, v);
            m.put("note", note.map(ChangeNotes.Note::text).orElse(null));
            m.put("note_language", note.map(ChangeNotes.Note::lang).orElse(null));
            m.put("hash", ctx.derived().textHash(source));
            m.put("permalink", ctx.urls().absolute(ctx.urls().version(lang, section, item.id(), v)));
            m.put("text_language", text.lang());
            m.put("title", text.meta().title());
            m.put("tender_text", text.meta().tenderText() == null ? null : texts(text.meta().tenderText(), links));
            m.put("verification", text.meta().verification() == null ? null : texts(text.meta().verification(), links));
            m.put("body", texts(text.body(), links));
            out.add(m);
        }
        return out;
    }

    private List<Map<String, Object>> legalBasis(Item item, Document text, LinkTarget links) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (LegalBasisText l : LegalBasisText.of(item, text)) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("act", l.law().act());
            m.put("provision", l.law().provision());
            m.put("requires", texts(l.requires(), links));
            m.put("scope", l.scope());
            m.put("applies_from", l.law().appliesFrom().toString());
            m.put("url", l.law().url());
            m.put("language", l.lang());
            out.add(m);
        }
        return out;
    }

    /** The CPV 2008 codes of the item's product groups, each once, with the label in {@code lang} or in English. */
    private List<Map<String, Object>> cpv(Item item, String lang) {
        Map<String, Map<String, Object>> codes = new LinkedHashMap<>();
        for (String group : item.meta().taxonomies().getOrDefault("product_groups", List.of())) {
            for (var code : ctx.model().config().cpv(group)) {
                codes.computeIfAbsent(code.code(), c -> {
                    Map<String, Object> m = new LinkedHashMap<>();
                    m.put("code", c);
                    String label = code.labelIn(lang).orElse(code.labelIn("en").orElse(""));
                    m.put("label", label);
                    m.put("label_language", code.labelIn(lang).isPresent() ? lang : "en");
                    return m;
                });
            }
        }
        return List.copyOf(codes.values());
    }

    /** The eForms codes a buyer would fill for the item; BT-70 for contract-performance clauses. */
    static Map<String, Object> eforms(FrontMatter.Eforms e, List<String> stages) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("BT-06", e == null ? List.of() : e.strategicProcurement());
        m.put("BT-774", e == null ? List.of() : e.green());
        m.put("BT-775", e == null ? List.of() : e.social());
        m.put("BT-805", e == null ? List.of() : e.gppCriteria());
        m.put("BT-539", e == null ? null : e.awardCriterionType());
        m.put("BT-541_weight", e == null ? null : e.suggestedWeight());
        m.put("BT-70", stages.contains("contract-performance"));
        return m;
    }

    /** A text as written (Markdown) and as the site renders it (HTML with root-relative links). */
    private Map<String, Object> texts(String markdown, LinkTarget links) {
        String html = markdown == null || markdown.isBlank() ? "" : ctx.markdown().render(markdown, links);
        return ordered("markdown", markdown == null ? "" : markdown, "html", html);
    }

    private static Map<String, Object> ordered(String k1, Object v1, String k2, Object v2) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put(k1, v1);
        m.put(k2, v2);
        return m;
    }
}
