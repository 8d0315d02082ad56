package org.clausebook.opendata;

import org.clausebook.content.Item;
import org.clausebook.render.RenderContext;
import org.clausebook.versions.ChangeNotes;

import java.util.List;

/**
 * One row per criterion or clause, current version, in one language: what a buyer or a procurement platform needs
 * to list and pick items. RFC 4180: comma-separated, CRLF line ends, fields quoted where they hold a comma, a quote or
 * a line break; lists inside a field are separated by {@code |}.
 */
final class CriteriaCsv {
    static final List<String> COLUMNS = List.of("id", "section", "version", "date", "title", "summary", "ambition", "stages",
            "product_groups", "themes", "lifecycle", "legal_basis", "cpv", "bt_06", "bt_774", "bt_775", "bt_805", "bt_539",
            "bt_541_weight", "bt_70", "hash", "url", "permalink", "text_language");

    private CriteriaCsv() {
    }

    static String write(RenderContext ctx, List<Item> items, String lang) {
        StringBuilder out = new StringBuilder();
        row(out, COLUMNS);
        for (Item item : items) {
            var section = ctx.section(item);
            var meta = item.meta();
            var text = item.in(lang).orElse(item.source());
            var e = meta.eforms();
            row(out, List.of(item.id(), section.id(), item.version(), ChangeNotes.date(item, item.version()).toString(),
                    text.meta().title(), text.meta().summary(), terms(meta, "ambition"), terms(meta, "stages"),
                    terms(meta, "product_groups"), terms(meta, "themes"), terms(meta, "lifecycle"),
                    String.join("|", meta.legalBasis().stream().map(l -> l.act() + ", " + l.provision()).toList()),
                    cpv(ctx, meta), String.join("|", e == null ? List.of() : e.strategicProcurement()),
                    String.join("|", e == null ? List.of() : e.green()), String.join("|", e == null ? List.of() : e.social()),
                    String.join("|", e == null ? List.of() : e.gppCriteria()),
                    e == null || e.awardCriterionType() == null ? "" : e.awardCriterionType(),
                    e == null || e.suggestedWeight() == null ? "" : weight(e.suggestedWeight()),
                    meta.taxonomies().getOrDefault("stages", List.of()).contains("contract-performance") ? "yes" : "no",
                    ctx.derived().textHash(item.source()), ctx.urls().absolute(ctx.itemUrl(lang, item)),
                    ctx.urls().absolute(ctx.urls().version(lang, section, item.id(), item.version())), text.lang()));
        }
        return out.toString();
    }

    private static String cpv(RenderContext ctx, org.clausebook.content.FrontMatter meta) {
        return String.join("|", meta.taxonomies().getOrDefault("product_groups", List.of()).stream()
                .flatMap(g -> ctx.model().config().cpv(g).stream()).map(c -> c.code()).distinct().toList());
    }

    /** 12.5 → "12.5", 10.0 → "10": the weight as a buyer would type it. */
    private static String weight(double w) {
        return w == Math.rint(w) ? String.valueOf((long) w) : String.valueOf(w);
    }

    private static String terms(org.clausebook.content.FrontMatter meta, String taxonomy) {
        return String.join("|", meta.taxonomies().getOrDefault(taxonomy, List.of()));
    }

    private static void row(StringBuilder out, List<String> fields) {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append(field(fields.get(i)));
        }
        out.append("\r\n");
    }

    static String field(String value) {
        String v = value == null ? "" : value;
        boolean quote = v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r");
        return quote ? "\"" + v.replace("\"", "\"\"") + "\"" : v;
    }
}
