package org.clausebook.render;

import org.clausebook.config.SectionConfig;
import org.clausebook.config.SiteConfig;
import org.clausebook.config.TaxonomyConfig;
import org.clausebook.content.Document;
import org.clausebook.content.FrontMatter;
import org.clausebook.content.Item;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Builds the views of listings: home, section listings, taxonomy terms, search, 404 and the language chooser. */
final class ListingPages {
    /** Taxonomies offered as filters on section listings and shown as tags in entries. */
    private static final Set<String> ENTRY_TAGS = Set.of("ambition", "stages");
    private final RenderContext ctx;
    private final LayoutFactory layouts;
    private final ItemPages items;
    /** Items by taxonomy id, then term, sorted by title: computed once, read by every listing page. */
    private final Map<String, Map<String, List<Item>>> byTerm;
    private final CoveragePages coverage;

    ListingPages(RenderContext ctx, LayoutFactory layouts, ItemPages items) {
        this.ctx = ctx;
        this.layouts = layouts;
        this.items = items;
        this.byTerm = termIndex(ctx);
        this.coverage = new CoveragePages(ctx);
    }

    private static Map<String, Map<String, List<Item>>> termIndex(RenderContext ctx) {
        Map<String, Map<String, List<Item>>> index = new HashMap<>();
        for (TaxonomyConfig tax : ctx.model().config().taxonomies()) {
            Map<String, List<Item>> terms = new HashMap<>();
            for (String term : tax.terms()) {
                terms.put(term, ctx.model().items().values().stream()
                        .filter(i -> i.meta().taxonomies().getOrDefault(tax.id(), List.of()).contains(term))
                        .sorted(Comparator.comparing((Item i) -> i.meta().title()).thenComparing(Item::id)).toList());
            }
            index.put(tax.id(), Map.copyOf(terms));
        }
        return Map.copyOf(index);
    }

    Views.Listing section(SectionConfig section, String lang) {
        String heading = ctx.i18n().get(lang, "section." + section.id());
        List<Item> list = ctx.model().section(section.id());
        Views.Layout layout = layouts.layout(lang, heading, ctx.model().config().description().get(lang),
                l -> ctx.urls().section(l, section), section.id(), List.of(layouts.homeCrumb(lang)), "listing");
        return new Views.Listing(layout, heading, count(lang, list.size()), filters(lang, list, null, null), entries(lang, list), null);
    }

    Views.Listing term(TaxonomyConfig taxonomy, String term, String lang) {
        String heading = ctx.i18n().get(lang, "taxonomy." + taxonomy.id()) + ": " + ctx.termLabel(lang, taxonomy, term);
        List<Item> list = withTerm(taxonomy, term);
        Views.Layout layout = layouts.layout(lang, heading, heading, l -> ctx.urls().term(l, taxonomy, term), "",
                List.of(layouts.homeCrumb(lang)), "term");
        return new Views.Listing(layout, heading, count(lang, list.size()), filters(lang, list, taxonomy, term), entries(lang, list),
                taxonomy.id().equals("product_groups") && coverage.available() ? coverage.group(lang, term) : null);
    }

    Views.Home home(String lang) {
        SiteConfig config = ctx.model().config();
        String title = config.title().get(lang);
        Views.Layout layout = layouts.layout(lang, title, config.description().get(lang), ctx.urls()::home, "", List.of(), "home");
        return new Views.Home(layout, ctx.i18n().get(lang, "home.lead"), termLinks(lang, "product_groups"),
                termLinks(lang, "stages"), newest(lang), entries(lang, ctx.model().section("portraits")), sectionLinks(lang),
                coverage.available() ? coverage.library(lang) : null);
    }

    Views.Search search(String lang) {
        String title = ctx.i18n().get(lang, "search.title");
        Views.Layout layout = layouts.layout(lang, title, ctx.i18n().get(lang, "search.intro"), ctx.urls()::search, "",
                List.of(layouts.homeCrumb(lang)), "search");
        return new Views.Search(layout, sectionLinks(lang));
    }

    /** The tender pack page (assembled in the browser by assets/pack/page.js; see org.clausebook.office). */
    Views.Search pack(String lang) {
        String title = ctx.i18n().get(lang, "office.pack_title");
        Views.Layout layout = layouts.layout(lang, title, ctx.i18n().get(lang, "office.pack_intro"),
                l -> ctx.urls().home(l) + "pack/", "", List.of(layouts.homeCrumb(lang)), "pack");
        return new Views.Search(layout, sectionLinks(lang));
    }

    /** A link to each listed section, with its item count. */
    private List<Views.FilterLink> sectionLinks(String lang) {
        return ctx.model().config().sections().stream().filter(SectionConfig::listed)
                .map(s -> new Views.FilterLink(ctx.i18n().get(lang, "section." + s.id()), ctx.urls().section(lang, s),
                        ctx.model().section(s.id()).size(), false))
                .toList();
    }

    Views.NotFound notFound(String lang) {
        return new Views.NotFound(layouts.layout(lang, ctx.i18n().get(lang, "notfound.title"), ctx.i18n().get(lang, "notfound.text"),
                ctx.urls()::notFound, "", List.of(), "notfound"));
    }

    Views.Root root() {
        SiteConfig config = ctx.model().config();
        List<Views.LangLink> languages = config.languages().stream()
                .map(l -> new Views.LangLink(l, ctx.i18n().languageName(l), ctx.urls().home(l),
                        ctx.urls().absolute(ctx.urls().home(l)), false)).toList();
        return new Views.Root(config.title().get(config.defaultLanguage()), languages,
                ctx.urls().asset(ctx.assetDir(), "site.css"), config.description());
    }

    List<Item> withTerm(TaxonomyConfig taxonomy, String term) {
        return byTerm.get(taxonomy.id()).get(term);
    }

    private List<Views.FilterLink> termLinks(String lang, String taxonomyId) {
        return ctx.model().config().taxonomy(taxonomyId).map(tax -> tax.terms().stream()
                .map(term -> new Views.FilterLink(ctx.termLabel(lang, tax, term), ctx.urls().term(lang, tax, term),
                        withTerm(tax, term).size(), false))
                .filter(f -> f.count() > 0).toList()).orElse(List.of());
    }

    private List<Views.FilterGroup> filters(String lang, List<Item> list, TaxonomyConfig currentTax, String currentTerm) {
        List<Views.FilterGroup> groups = new ArrayList<>();
        for (TaxonomyConfig tax : ctx.model().config().taxonomies()) {
            List<Views.FilterLink> links = new ArrayList<>();
            for (String term : tax.terms()) {
                long n = list.stream().filter(i -> i.meta().taxonomies().getOrDefault(tax.id(), List.of()).contains(term)).count();
                if (n > 0) {
                    links.add(new Views.FilterLink(ctx.termLabel(lang, tax, term), ctx.urls().term(lang, tax, term),
                            withTerm(tax, term).size(), tax.equals(currentTax) && term.equals(currentTerm)));
                }
            }
            if (!links.isEmpty()) {
                groups.add(new Views.FilterGroup(ctx.i18n().get(lang, "taxonomy." + tax.id()), List.copyOf(links)));
            }
        }
        return List.copyOf(groups);
    }

    List<Views.Entry> entries(String lang, List<Item> list) {
        List<Views.Entry> out = new ArrayList<>();
        for (Item item : list) {
            Document text = item.in(lang).orElse(item.source());
            FrontMatter meta = item.meta();
            List<Views.Tag> tags = items.tags(lang, meta).stream().filter(t -> ENTRY_TAGS.contains(t.taxonomy())).toList();
            out.add(new Views.Entry(item.id(), ctx.i18n().get(lang, "kind." + item.section()), text.meta().title(),
                    ctx.itemUrl(lang, item), text.meta().summary(), meta.version(), text.lang(), !text.lang().equals(lang), tags));
        }
        return List.copyOf(out);
    }

    private List<Views.Change> newest(String lang) {
        record Dated(Item item, FrontMatter.Change change) {
        }
        List<Dated> all = new ArrayList<>();
        for (Item item : ctx.model().items().values()) {
            if (!ctx.section(item).listed()) {
                continue;
            }
            FrontMatter meta = item.meta();
            all.add(new Dated(item, meta.changes().isEmpty() ? new FrontMatter.Change(meta.version(), meta.date(), "", null) : meta.changes().get(0)));
        }
        return all.stream()
                .sorted(Comparator.comparing((Dated d) -> d.change().date()).reversed().thenComparing(d -> d.item().id()))
                .limit(8)
                .map(d -> {
                    var note = org.clausebook.versions.ChangeNotes.change(d.item(), lang, d.item().version());
                    return new Views.Change(items.titleIn(lang, d.item()), ctx.itemUrl(lang, d.item()), d.item().version(),
                            I18n.date(lang, d.change().date()), d.change().date().toString(),
                            note.map(n -> n.text()).orElse(""), note.map(n -> n.lang()).orElse(lang),
                            ctx.i18n().get(lang, "kind." + d.item().section()));
                })
                .toList();
    }

    private String count(String lang, int n) {
        return n == 1 ? ctx.i18n().get(lang, "listing.count_one") : ctx.i18n().format(lang, "listing.count", n);
    }
}
