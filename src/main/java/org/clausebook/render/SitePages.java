package org.clausebook.render;

import freemarker.template.TemplateException;
import org.clausebook.config.SectionConfig;
import org.clausebook.config.SiteConfig;
import org.clausebook.config.TaxonomyConfig;
import org.clausebook.content.Item;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Renders every HTML page of the site, for every language. */
public final class SitePages {
    private final RenderContext ctx;
    private final TemplateEngine templates;
    private final ItemPages items;
    private final ListingPages listings;

    public SitePages(RenderContext ctx, TemplateEngine templates) {
        this.ctx = ctx;
        this.templates = templates;
        LayoutFactory layouts = new LayoutFactory(ctx);
        this.items = new ItemPages(ctx, layouts);
        this.listings = new ListingPages(ctx, layouts, items);
    }

    public List<RenderedPage> renderAll() throws IOException, TemplateException {
        SiteConfig config = ctx.model().config();
        List<RenderedPage> out = new ArrayList<>();
        out.add(page(ctx.urls().root(), "templates/root.ftlh", "root.ftlh", listings.root()));
        out.add(page(ctx.urls().root() + "404.html", "templates/404.ftlh", "404.ftlh", listings.notFound(config.defaultLanguage())));
        for (String lang : config.languages()) {
            out.add(page(ctx.urls().home(lang), "templates/home.ftlh", "home.ftlh", listings.home(lang)));
            out.add(page(ctx.urls().search(lang), "templates/search.ftlh", "search.ftlh", listings.search(lang)));
            out.add(page(ctx.urls().notFound(lang), "templates/404.ftlh", "404.ftlh", listings.notFound(lang)));
            for (SectionConfig section : config.sections()) {
                if (section.listed()) {
                    out.add(page(ctx.urls().section(lang, section), "templates/listing.ftlh", "listing.ftlh", listings.section(section, lang)));
                }
            }
            for (TaxonomyConfig tax : config.taxonomies()) {
                for (String term : tax.terms()) {
                    if (!listings.withTerm(tax, term).isEmpty()) {
                        out.add(page(ctx.urls().term(lang, tax, term), "templates/listing.ftlh", "listing.ftlh", listings.term(tax, term, lang)));
                    }
                }
            }
            for (Item item : ctx.model().items().values()) {
                SectionConfig section = ctx.section(item);
                Views.Item view = items.view(item, lang, Optional.empty());
                out.add(page(ctx.itemUrl(lang, item), item.in(lang).orElse(item.source()).source().relPath(), section.template(), view));
                for (String version : item.versions()) {
                    var docs = version.equals(item.version()) ? item.current() : item.frozen(version);
                    var doc = docs.getOrDefault(lang, docs.get(item.sourceLang()));
                    out.add(page(ctx.urls().version(lang, section, item.id(), version), doc.source().relPath(), section.template(),
                            items.view(item, lang, Optional.of(version))));
                }
            }
        }
        return out;
    }

    private RenderedPage page(String url, String source, String template, Object view) throws IOException, TemplateException {
        return new RenderedPage(url, source, templates.render(template, view));
    }

}
