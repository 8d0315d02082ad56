package org.clausebook.render;

import org.clausebook.config.SectionConfig;
import org.clausebook.config.TaxonomyConfig;
import org.clausebook.content.Document;
import org.clausebook.content.FrontMatter;
import org.clausebook.content.Item;
import org.clausebook.content.LegalBasisText;
import org.clausebook.markdown.LinkTarget;
import org.clausebook.versions.ChangeNotes;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Builds the view of an item page: the current version or a frozen one, in one language. */
final class ItemPages {
    private final RenderContext ctx;
    private final LayoutFactory layouts;
    private final Citations citations;
    private final NoticeViews notices;

    ItemPages(RenderContext ctx, LayoutFactory layouts) {
        this.ctx = ctx;
        this.layouts = layouts;
        this.citations = new Citations(ctx);
        this.notices = new NoticeViews(ctx);
    }

    /** @param requested the version to show (a frozen one, or the current one at its permalink), or empty for the current page */
    Views.Item view(Item item, String lang, Optional<String> requested) {
        Optional<String> version = requested;
        SectionConfig section = ctx.section(item);
        I18n t = ctx.i18n();
        version = version.filter(v -> !v.equals(item.version()));
        Map<String, Document> docs = version.map(item::frozen).orElse(item.current());
        Document source = docs.get(item.sourceLang());
        Document text = version.isPresent() ? ChangeNotes.textOf(item, version.get(), lang).orElse(source)
                : docs.getOrDefault(lang, source);
        FrontMatter meta = source.meta();
        boolean fallback = !text.lang().equals(lang);
        String title = text.meta().title();

        List<Views.Link> crumbs = new ArrayList<>(List.of(layouts.homeCrumb(lang)));
        if (section.listed()) {
            crumbs.add(new Views.Link(t.get(lang, "section." + section.id()), ctx.urls().section(lang, section)));
        }
        if (version.isPresent()) {
            crumbs.add(new Views.Link(item.in(lang).orElse(item.source()).meta().title(), ctx.itemUrl(lang, item)));
        }
        Views.Layout layout = layouts.layout(lang, version.map(v -> title + " (" + v + ")").orElse(title), text.meta().summary(),
                l -> requested.map(v -> ctx.urls().version(l, section, item.id(), v)).orElse(ctx.itemUrl(l, item)),
                section.id(), crumbs, section.id());

        LinkTarget links = ctx.links(lang, item);
        String outdated = "";
        if (!fallback && text.meta().isTranslation() && !text.meta().translationOf().equals(meta.version())) {
            outdated = t.format(lang, "item.outdated_notice", text.meta().translationOf(), meta.version());
        }
        String frozen = version.map(v -> t.format(lang, "item.frozen_notice", v, item.version())).orElse("");
        String shown = version.orElse(item.version());
        String permalink = ctx.urls().absolute(ctx.urls().version(lang, section, item.id(), meta.version()));
        String kind = t.get(lang, "kind." + section.id());
        String licence = meta.licence() == null ? ctx.model().config().defaultLicence() : meta.licence();
        Views.Citation citation = citations.of(item, shown, lang, text, Licences.url(licence));
        String outdatedDiff = outdated.isEmpty() ? "" : ctx.urls().diff(lang, section, item.id(), text.meta().translationOf(), item.version());

        return new Views.Item(layout, item.id(), section.id(), kind, title, text.lang(), fallback,
                fallback ? t.languageName(text.lang()) : "", outdated, frozen, ctx.itemUrl(lang, item),
                meta.status().equals("withdrawn"), meta.status().equals("draft"), text.meta().summary(),
                tags(lang, meta), html(text.meta().tenderText(), links), html(text.meta().verification(), links),
                html(text.body(), links), meta.version(), I18n.date(lang, meta.date()), meta.date().toString(),
                permalink, versions(item, lang, section, version), sources(meta), usedBy(item, lang),
                links(lang, ctx.model().mentionedBy(item.id())), links(lang, meta.related()), uses(lang, item),
                links(lang, meta.initiatives()), organisation(lang, text, source), meta.website(), citation,
                licence, Licences.url(licence),
                legalBasis(lang, item, text, links),
                html(text.meta().beyondLaw() != null ? text.meta().beyondLaw() : meta.beyondLaw(), links),
                text.meta().beyondLaw() != null ? text.lang() : item.sourceLang(),
                ctx.urls().history(lang, section, item.id()), ctx.urls().itemFeed(lang, section, item.id()), outdatedDiff,
                notices.of(meta, item.sourceLang(), lang));
    }

    /** The legal basis in the reader's language where the translation gives it ({@link LegalBasisText}). */
    private List<Views.Legal> legalBasis(String lang, Item item, Document text, LinkTarget links) {
        return LegalBasisText.of(item, text).stream().map(l -> new Views.Legal(l.law().act(), l.law().provision(),
                html(l.requires(), links), l.scope() == null ? "" : l.scope(), I18n.date(lang, l.law().appliesFrom()),
                l.law().appliesFrom().toString(), l.law().url(), l.lang())).toList();
    }

    List<Views.Tag> tags(String lang, FrontMatter meta) {
        List<Views.Tag> tags = new ArrayList<>();
        for (TaxonomyConfig tax : ctx.model().config().taxonomies()) {
            for (String term : meta.taxonomies().getOrDefault(tax.id(), List.of())) {
                tags.add(new Views.Tag(tax.id(), ctx.i18n().get(lang, "taxonomy." + tax.id()), term,
                        ctx.termLabel(lang, tax, term), ctx.urls().term(lang, tax, term)));
            }
        }
        return List.copyOf(tags);
    }

    private String html(String markdown, LinkTarget links) {
        return markdown == null || markdown.isBlank() ? "" : ctx.markdown().render(markdown, links);
    }

    private List<Views.VersionLink> versions(Item item, String lang, SectionConfig section, Optional<String> viewing) {
        List<Views.VersionLink> out = new ArrayList<>();
        List<String> all = new ArrayList<>(item.versions());
        java.util.Collections.reverse(all);
        for (String v : all) {
            boolean current = v.equals(item.version());
            var date = ChangeNotes.date(item, v);
            Optional<ChangeNotes.Note> note = ChangeNotes.change(item, lang, v);
            String url = current ? ctx.itemUrl(lang, item) : ctx.urls().version(lang, section, item.id(), v);
            out.add(new Views.VersionLink(v, I18n.date(lang, date), date.toString(), note.map(ChangeNotes.Note::text).orElse(""),
                    note.map(ChangeNotes.Note::lang).orElse(lang), fallbackName(note, lang), url, current,
                    viewing.map(v::equals).orElse(current)));
        }
        return List.copyOf(out);
    }

    /** The name of the note's language when it is not the reader's, so the page can say so; else empty. */
    String fallbackName(Optional<ChangeNotes.Note> note, String lang) {
        return note.filter(n -> n.fallback(lang)).map(n -> ctx.i18n().languageName(n.lang())).orElse("");
    }

    private static List<Views.Source> sources(FrontMatter meta) {
        return meta.sources().stream().map(s -> new Views.Source(s.title(), s.publisher(), s.date(), s.url(),
                s.language(), s.note())).toList();
    }

    private List<Views.Use> usedBy(Item item, String lang) {
        List<Views.Use> out = new ArrayList<>();
        for (String portraitId : ctx.model().usedBy(item.id())) {
            Item portrait = ctx.model().item(portraitId).orElseThrow();
            for (FrontMatter.Use use : portrait.meta().uses()) {
                if (use.id().equals(item.id())) {
                    Optional<ChangeNotes.Note> note = ChangeNotes.use(portrait, lang, use);
                    out.add(new Views.Use(titleIn(lang, portrait), ctx.itemUrl(lang, portrait), use.version(),
                            versionUrl(lang, item, use.version()), note.map(ChangeNotes.Note::text).orElse(""),
                            note.map(ChangeNotes.Note::lang).orElse(lang), fallbackName(note, lang),
                            ctx.i18n().get(lang, "kind." + portrait.section())));
                }
            }
        }
        return List.copyOf(out);
    }

    private List<Views.Use> uses(String lang, Item portrait) {
        List<Views.Use> out = new ArrayList<>();
        for (FrontMatter.Use use : portrait.meta().uses()) {
            Optional<ChangeNotes.Note> note = ChangeNotes.use(portrait, lang, use);
            ctx.model().item(use.id()).ifPresent(target -> out.add(new Views.Use(titleIn(lang, target),
                    ctx.itemUrl(lang, target), use.version(), versionUrl(lang, target, use.version()),
                    note.map(ChangeNotes.Note::text).orElse(""), note.map(ChangeNotes.Note::lang).orElse(lang),
                    fallbackName(note, lang), ctx.i18n().get(lang, "kind." + target.section()))));
        }
        return List.copyOf(out);
    }

    private String versionUrl(String lang, Item item, String version) {
        return version.equals(item.version()) ? ctx.itemUrl(lang, item)
                : ctx.urls().version(lang, ctx.section(item), item.id(), version);
    }

    List<Views.Link> links(String lang, List<String> ids) {
        return ids.stream().flatMap(id -> ctx.model().item(id).stream())
                .map(target -> new Views.Link(titleIn(lang, target), ctx.itemUrl(lang, target))).toList();
    }

    String titleIn(String lang, Item item) {
        return item.in(lang).orElse(item.source()).meta().title();
    }

    private Views.Organisation organisation(String lang, Document text, Document source) {
        FrontMatter.Organisation org = text.meta().organisation() != null ? text.meta().organisation() : source.meta().organisation();
        if (org == null) {
            return null;
        }
        String country = new Locale("", org.country()).getDisplayCountry(Locale.forLanguageTag(lang));
        return new Views.Organisation(org.name(), country, ctx.i18n().get(lang, "orgtype." + org.type()), org.website(),
                org.figures().stream().map(f -> new Views.Figure(f.label(), f.value(), f.year(), f.source())).toList());
    }
}
