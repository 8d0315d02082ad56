package org.clausebook.render;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;

/** The contribution form, {@code /<lang>/contribute/new/}, and the data it is built from ({@link ContributeData}). */
public final class ContributePages {
    private static final String CONTRIBUTE_PAGE = "contribute";

    private ContributePages() {
    }

    public static String url(RenderContext ctx, String lang) {
        return ctx.urls().home(lang) + "contribute/new/";
    }

    public static String dataUrl(RenderContext ctx, String lang) {
        return url(ctx, lang) + "form.json";
    }

    /** The form's data in {@code lang}, from the content schema {@code validate} uses. */
    public static byte[] data(RenderContext ctx, JsonNode contentSchema, String lang) {
        return ContributeData.json(ctx, contentSchema, lang);
    }

    static Views.ContributeForm view(RenderContext ctx, LayoutFactory layouts, String lang) {
        String title = ctx.i18n().get(lang, "contribute_form.title");
        List<Views.Link> crumbs = new ArrayList<>(List.of(layouts.homeCrumb(lang)));
        var page = ctx.model().item(CONTRIBUTE_PAGE).filter(i -> i.section().equals("pages"));
        String contributeUrl = page.map(p -> ctx.itemUrl(lang, p)).orElse(null);
        page.ifPresent(p -> crumbs.add(new Views.Link(p.in(lang).orElse(p.source()).meta().title(), contributeUrl)));
        Views.Layout layout = layouts.layout(lang, title, ctx.i18n().get(lang, "contribute_form.intro"), l -> url(ctx, l), "",
                List.copyOf(crumbs), "contribute");
        var repository = ctx.model().config().repository();
        return new Views.ContributeForm(layout, dataUrl(ctx, lang), contributeUrl,
                repository.map(r -> r.fileUrl("CONTRIBUTING.md")).orElse(null), repository.isPresent());
    }
}
