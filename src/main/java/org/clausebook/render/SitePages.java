package org.clausebook.render;

import freemarker.template.TemplateException;
import org.clausebook.config.SectionConfig;
import org.clausebook.config.SiteConfig;
import org.clausebook.config.TaxonomyConfig;
import org.clausebook.content.Item;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

/** Renders every HTML page of the site, for every language. */
public final class SitePages {
    private final RenderContext ctx;
    private final TemplateEngine templates;
    private final ItemPages items;
    private final ListingPages listings;
    private final VersionPages versions;
    private final SchemePages schemes;
    private final LayoutFactory layouts;

    public SitePages(RenderContext ctx, TemplateEngine templates) {
        this.ctx = ctx;
        this.templates = templates;
        LayoutFactory layouts = new LayoutFactory(ctx);
        this.layouts = layouts;
        this.items = new ItemPages(ctx, layouts);
        this.listings = new ListingPages(ctx, layouts, items);
        this.versions = new VersionPages(ctx, layouts, items);
        this.schemes = new SchemePages(ctx, layouts);
    }

    /** A page to render: where it goes, what it comes from, and how to make its view. */
    private record Job(String url, String source, String template, Supplier<Object> view) {
    }

    /**
     * Renders every page on all cores and hands each, as soon as it is rendered, to {@code then} (so a page's HTML
     * need not be held twice). The result is in a fixed order whatever the thread timing.
     */
    public <T> List<T> renderAll(Function<RenderedPage, T> then) {
        return renderAll(then, Reuse.never());
    }

    /** As {@link #renderAll(Function)}, letting {@code reuse} return a page kept from the previous build ({@code serve}). */
    public <T> List<T> renderAll(Function<RenderedPage, T> then, Reuse<T> reuse) {
        return jobs().parallelStream().map(job -> render(job, then, reuse)).toList();
    }

    /** Renders the pages about versions: each item's history, the comparisons of its versions, translation status. */
    public <T> List<T> renderVersions(Function<RenderedPage, T> then) {
        return renderVersions(then, Reuse.never());
    }

    public <T> List<T> renderVersions(Function<RenderedPage, T> then, Reuse<T> reuse) {
        return versionJobs().parallelStream().map(job -> render(job, then, reuse)).toList();
    }

    /**
     * How a page is made once its view is known: {@code make} renders the template and post-processes; an
     * incremental build may instead return what it kept for the same URL, source, template and view.
     */
    @FunctionalInterface
    public interface Reuse<T> {
        T page(String url, String source, String template, Object view, Supplier<T> make);

        static <T> Reuse<T> never() {
            return (url, source, template, view, make) -> make.get();
        }
    }

    private <T> T render(Job job, Function<RenderedPage, T> then, Reuse<T> reuse) {
        Object view = job.view().get();
        return reuse.page(job.url(), job.source(), job.template(), view, () -> then.apply(render(job, view)));
    }

    private List<Job> versionJobs() {
        List<Job> out = new ArrayList<>();
        for (String lang : ctx.model().config().languages()) {
            out.add(page(ctx.urls().translations(lang), "templates/translations.ftlh", "translations.ftlh", () -> versions.translations(lang)));
            for (Item item : ctx.model().items().values()) {
                SectionConfig section = ctx.section(item);
                String source = item.in(lang).orElse(item.source()).source().relPath();
                out.add(page(ctx.urls().history(lang, section, item.id()), source, "history.ftlh", () -> versions.history(item, lang)));
                for (VersionPages.Pair pair : VersionPages.pairs(item)) {
                    out.add(page(ctx.urls().diff(lang, section, item.id(), pair.from(), pair.to()), source, "diff.ftlh",
                            () -> versions.diff(item, lang, pair)));
                }
            }
        }
        return out;
    }

    private RenderedPage render(Job job, Object view) {
        try {
            return new RenderedPage(job.url(), job.source(), templates.render(job.template(), view));
        } catch (freemarker.core.ParseException e) {
            throw new IllegalStateException(TemplateErrors.describe(e, job.template(), job.url()), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (TemplateException e) {
            throw new IllegalStateException(TemplateErrors.describe(e, job.template(), job.url()), e);
        }
    }

    private List<Job> jobs() {
        SiteConfig config = ctx.model().config();
        List<Job> out = new ArrayList<>();
        out.add(page(ctx.urls().root(), "templates/root.ftlh", "root.ftlh", () -> listings.root()));
        out.add(page(ctx.urls().root() + "404.html", "templates/404.ftlh", "404.ftlh", () -> listings.notFound(config.defaultLanguage())));
        for (String lang : config.languages()) {
            out.add(page(ctx.urls().home(lang), "templates/home.ftlh", "home.ftlh", () -> listings.home(lang)));
            out.add(page(ctx.urls().search(lang), "templates/search.ftlh", "search.ftlh", () -> listings.search(lang)));
            out.add(page(ctx.urls().notFound(lang), "templates/404.ftlh", "404.ftlh", () -> listings.notFound(lang)));
            out.add(page(ctx.urls().home(lang) + "pack/", "templates/pack.ftlh", "pack.ftlh", () -> listings.pack(lang)));
            out.add(page(ContributePages.url(ctx, lang), "templates/contribute.ftlh", "contribute.ftlh",
                    () -> ContributePages.view(ctx, layouts, lang)));
            for (SectionConfig section : config.sections()) {
                if (section.listed()) {
                    out.add(page(ctx.urls().section(lang, section), "templates/listing.ftlh", "listing.ftlh", () -> listings.section(section, lang)));
                }
            }
            for (TaxonomyConfig tax : config.taxonomies()) {
                for (String term : tax.terms()) {
                    if (!listings.withTerm(tax, term).isEmpty()) {
                        out.add(page(ctx.urls().term(lang, tax, term), "templates/listing.ftlh", "listing.ftlh", () -> listings.term(tax, term, lang)));
                    }
                }
            }
            for (String scheme : schemes.schemes()) {
                out.add(page(ctx.urls().scheme(lang, scheme), "templates/scheme.ftlh", "scheme.ftlh", () -> schemes.view(scheme, lang)));
            }
            for (Item item : ctx.model().items().values()) {
                SectionConfig section = ctx.section(item);
                out.add(page(ctx.itemUrl(lang, item), item.in(lang).orElse(item.source()).source().relPath(), section.template(),
                        () -> items.view(item, lang, Optional.empty())));
                for (String version : item.versions()) {
                    var docs = version.equals(item.version()) ? item.current() : item.frozen(version);
                    var doc = docs.getOrDefault(lang, docs.get(item.sourceLang()));
                    out.add(page(ctx.urls().version(lang, section, item.id(), version), doc.source().relPath(), section.template(),
                            () -> items.view(item, lang, Optional.of(version))));
                }
            }
        }
        return out;
    }

    private static Job page(String url, String source, String template, Supplier<Object> view) {
        return new Job(url, source, template, view);
    }

}
