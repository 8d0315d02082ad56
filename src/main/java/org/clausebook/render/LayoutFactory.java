package org.clausebook.render;

import org.clausebook.config.SectionConfig;
import org.clausebook.config.SiteConfig;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** Builds the part every page shares: head metadata, language switcher, navigation, breadcrumbs, strings. */
final class LayoutFactory {
    /** Ids of the static pages linked from every footer, in this order. */
    private static final List<String> FOOTER_PAGES = List.of("about", "contribute", "licence", "accessibility");

    private final RenderContext ctx;

    LayoutFactory(RenderContext ctx) {
        this.ctx = ctx;
    }

    /**
     * @param urlIn the URL of this same page in each language (the switcher stays on the same item)
     */
    Views.Layout layout(String lang, String pageTitle, String description, Function<String, String> urlIn,
                        String currentNav, List<Views.Link> breadcrumbs, String pageType) {
        SiteConfig config = ctx.model().config();
        List<Views.LangLink> languages = new ArrayList<>();
        for (String l : config.languages()) {
            languages.add(new Views.LangLink(l, ctx.i18n().languageName(l), urlIn.apply(l),
                    ctx.urls().absolute(urlIn.apply(l)), l.equals(lang)));
        }
        List<Views.Link> nav = new ArrayList<>();
        for (SectionConfig s : config.sections()) {
            if (s.listed()) {
                nav.add(new Views.Link(ctx.i18n().get(lang, "section." + s.id()), ctx.urls().section(lang, s)));
            }
        }
        String siteTitle = config.title().get(lang);
        String fullTitle = pageTitle.equals(siteTitle) ? siteTitle : pageTitle + " – " + siteTitle;
        return new Views.Layout(lang, siteTitle, config.description().get(lang), fullTitle, description,
                ctx.urls().absolute(urlIn.apply(lang)), List.copyOf(languages), List.copyOf(nav), currentNav,
                List.copyOf(breadcrumbs), ctx.i18n().strings(lang), ctx.urls().home(lang), ctx.urls().search(lang),
                ctx.urls().feed(lang), ctx.urls().root() + "schema/front-matter.schema.json",
                ctx.urls().asset(ctx.assetDir(), "site.css"), ctx.urls().asset(ctx.assetDir(), "site.js"),
                pageType, footer(lang));
    }

    /** The static pages every page links to (where they exist), the translation status and the open data. */
    private List<Views.FooterLink> footer(String lang) {
        List<Views.FooterLink> out = new ArrayList<>();
        for (String id : FOOTER_PAGES) {
            ctx.model().item(id).filter(i -> i.section().equals("pages")).ifPresent(page -> {
                var doc = page.in(lang).orElse(page.source());
                out.add(new Views.FooterLink(doc.meta().title(), ctx.itemUrl(lang, page), doc.lang()));
            });
        }
        out.add(new Views.FooterLink(ctx.i18n().get(lang, "translations.title"), ctx.urls().translations(lang), lang));
        out.add(new Views.FooterLink(ctx.i18n().get(lang, "site.open_data"), ctx.urls().api("v1/index.json"), lang));
        return List.copyOf(out);
    }

    Views.Link homeCrumb(String lang) {
        return new Views.Link(ctx.i18n().get(lang, "site.home"), ctx.urls().home(lang));
    }
}
