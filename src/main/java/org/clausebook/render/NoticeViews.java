package org.clausebook.render;

import org.clausebook.config.CpvCode;
import org.clausebook.content.FrontMatter;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Builds the "For your notice (eForms)" table of a criterion or clause (the eForms fields, BT-70 for
 * contract-performance items, the CPV codes of its product groups) and its "Compare with" list.
 * Field and code labels come from the {@code codes.} UI strings.
 */
final class NoticeViews {
    private static final String CONTRACT_PERFORMANCE = "contract-performance";
    private final RenderContext ctx;

    NoticeViews(RenderContext ctx) {
        this.ctx = ctx;
    }

    Views.Notice of(FrontMatter meta, String sourceLang, String lang) {
        I18n t = ctx.i18n();
        List<Views.NoticeRow> rows = new ArrayList<>();
        FrontMatter.Eforms e = meta.eforms();
        if (e != null) {
            codes(rows, lang, "BT-06", "bt06", "strategic", e.strategicProcurement(), t.get(lang, "codes.bt06_hint"));
            codes(rows, lang, "BT-774", "bt774", "green", e.green(), "");
            codes(rows, lang, "BT-775", "bt775", "social", e.social(), "");
            codes(rows, lang, "BT-805", "bt805", "gpp", e.gppCriteria(), "");
            if (e.awardCriterionType() != null) {
                codes(rows, lang, "BT-539", "bt539", "award", List.of(e.awardCriterionType()), "");
            }
            if (e.suggestedWeight() != null) {
                rows.add(new Views.NoticeRow("BT-541", t.get(lang, "codes.bt541"), List.of(),
                        t.format(lang, "codes.weight_value", number(e.suggestedWeight(), lang))));
            }
        }
        if (meta.taxonomies().getOrDefault("stages", List.of()).contains(CONTRACT_PERFORMANCE)) {
            rows.add(new Views.NoticeRow("BT-70", t.get(lang, "codes.bt70"), List.of(), t.get(lang, "codes.bt70_value")));
        }
        Map<String, Views.Code> cpv = new LinkedHashMap<>();
        for (String group : meta.taxonomies().getOrDefault("product_groups", List.of())) {
            for (CpvCode code : ctx.model().config().cpv(group)) {
                String label = code.labelIn(lang).orElse(code.label().get("en"));
                cpv.putIfAbsent(code.code(), new Views.Code(code.code(), label, code.labelIn(lang).isPresent() ? "" : "en"));
            }
        }
        if (!cpv.isEmpty()) {
            rows.add(new Views.NoticeRow("CPV", t.get(lang, "codes.cpv"), List.copyOf(cpv.values()), ""));
        }
        List<Views.Equivalent> equivalents = meta.equivalents().stream()
                .map(q -> equivalent(q, sourceLang, lang)).toList();
        return new Views.Notice(List.copyOf(rows), equivalents);
    }

    Views.Equivalent equivalent(FrontMatter.Equivalent q, String sourceLang, String lang) {
        return new Views.Equivalent(q.scheme(), ctx.i18n().get(lang, "codes.scheme." + q.scheme()),
                ctx.urls().scheme(lang, q.scheme()), q.name(), q.identifier() == null ? "" : q.identifier(),
                q.url() == null ? "" : q.url(), q.note() == null ? "" : q.note(), sourceLang);
    }

    private void codes(List<Views.NoticeRow> rows, String lang, String field, String key, String list, List<String> codes,
                       String hint) {
        if (codes.isEmpty()) {
            return;
        }
        List<Views.Code> values = codes.stream()
                .map(c -> new Views.Code(c, ctx.i18n().get(lang, "codes." + list + "." + c), "")).toList();
        rows.add(new Views.NoticeRow(field, ctx.i18n().get(lang, "codes." + key), values, hint));
    }

    /** 20.0 → "20", 12.5 → "12,5" in languages that write a decimal comma. */
    private static String number(double value, String lang) {
        if (value == Math.rint(value)) {
            return String.valueOf((long) value);
        }
        return java.text.NumberFormat.getNumberInstance(Locale.forLanguageTag(lang)).format(value);
    }
}
