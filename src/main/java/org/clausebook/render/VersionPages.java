package org.clausebook.render;

import org.clausebook.config.SectionConfig;
import org.clausebook.content.Document;
import org.clausebook.content.Item;
import org.clausebook.markdown.LinkTarget;
import org.clausebook.versions.ChangeNotes;
import org.clausebook.versions.TextDiff;
import org.clausebook.versions.TextHash;
import org.clausebook.versions.TranslationStatus;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Views of the pages that show versions: an item's history, the comparison of two versions, translation status. */
final class VersionPages {
    /** A pair of versions compared on a diff page. */
    record Pair(String from, String to) {
    }

    private final RenderContext ctx;
    private final LayoutFactory layouts;
    private final ItemPages items;

    VersionPages(RenderContext ctx, LayoutFactory layouts, ItemPages items) {
        this.ctx = ctx;
        this.layouts = layouts;
        this.items = items;
    }

    /** The compared pairs of an item: each version with the next, and each earlier version with the current one. */
    static Set<Pair> pairs(Item item) {
        List<String> all = item.versions();
        Set<Pair> out = new LinkedHashSet<>();
        for (int i = 0; i + 1 < all.size(); i++) {
            out.add(new Pair(all.get(i), all.get(i + 1)));
            out.add(new Pair(all.get(i), item.version()));
        }
        return out;
    }

    Views.History history(Item item, String lang) {
        SectionConfig section = ctx.section(item);
        I18n t = ctx.i18n();
        Document text = item.in(lang).orElse(item.source());
        String heading = t.format(lang, "history.title", text.meta().title());
        Views.Layout layout = layouts.layout(lang, heading, text.meta().summary(),
                l -> ctx.urls().history(l, section, item.id()), section.id(), crumbs(item, lang, section), "history");
        List<String> all = item.versions();
        List<Views.HistoryEntry> entries = new ArrayList<>();
        for (int i = all.size() - 1; i >= 0; i--) {
            String v = all.get(i);
            boolean current = v.equals(item.version());
            String previous = i > 0 ? all.get(i - 1) : "";
            var date = ChangeNotes.date(item, v);
            Optional<ChangeNotes.Note> note = ChangeNotes.change(item, lang, v);
            entries.add(new Views.HistoryEntry(v, I18n.date(lang, date), date.toString(), note.map(ChangeNotes.Note::text).orElse(""),
                    note.map(ChangeNotes.Note::lang).orElse(lang), items.fallbackName(note, lang),
                    current ? ctx.itemUrl(lang, item) : ctx.urls().version(lang, section, item.id(), v), current,
                    TextHash.shortForm(ctx.derived().textHash(ChangeNotes.sourceOf(item, v))), previous,
                    previous.isEmpty() ? "" : ctx.urls().diff(lang, section, item.id(), previous, v),
                    current ? "" : ctx.urls().diff(lang, section, item.id(), v, item.version())));
        }
        TranslationStatus.Entry status = TranslationStatus.of(item, lang);
        String state = switch (status.state()) {
            case SOURCE, CURRENT -> "";
            case OUTDATED -> t.format(lang, "item.outdated_notice", status.follows(), item.version());
            case MISSING -> t.get(lang, "item.fallback_notice");
        };
        return new Views.History(layout, t.get(lang, "kind." + section.id()), heading, text.lang(), item.id(),
                ctx.itemUrl(lang, item), ctx.urls().itemFeed(lang, section, item.id()), List.copyOf(entries), state);
    }

    Views.Diff diff(Item item, String lang, Pair pair) {
        SectionConfig section = ctx.section(item);
        I18n t = ctx.i18n();
        Optional<Document> fromDoc = ChangeNotes.textOf(item, pair.from(), lang);
        Optional<Document> toDoc = ChangeNotes.textOf(item, pair.to(), lang);
        boolean inLang = fromDoc.isPresent() && toDoc.isPresent();
        Document before = inLang ? fromDoc.get() : ChangeNotes.sourceOf(item, pair.from());
        Document after = inLang ? toDoc.get() : ChangeNotes.sourceOf(item, pair.to());
        String title = item.in(lang).orElse(item.source()).meta().title();
        String heading = t.format(lang, "diff.title", pair.from(), pair.to());
        List<Views.Link> crumbs = crumbs(item, lang, section);
        crumbs.add(new Views.Link(t.get(lang, "history.link"), ctx.urls().history(lang, section, item.id())));
        Views.Layout layout = layouts.layout(lang, heading + ": " + title, text(title),
                l -> ctx.urls().diff(l, section, item.id(), pair.from(), pair.to()), section.id(), crumbs, "diff");
        LinkTarget links = ctx.links(lang, item);
        List<Views.DiffPart> parts = new ArrayList<>();
        part(parts, t.get(lang, "item.tender_text"), "tender", before.meta().tenderText(), after.meta().tenderText(), links);
        part(parts, t.get(lang, "item.verification"), "verification", before.meta().verification(), after.meta().verification(), links);
        part(parts, t.get(lang, "diff.body"), "body", before.body(), after.body(), links);
        return new Views.Diff(layout, t.get(lang, "kind." + section.id()), title, item.in(lang).isPresent() ? lang : item.sourceLang(), item.id(), pair.from(), pair.to(),
                versionUrl(item, lang, pair.from()), versionUrl(item, lang, pair.to()), ctx.urls().history(lang, section, item.id()),
                after.lang(), !after.lang().equals(lang), t.languageName(after.lang()), List.copyOf(parts),
                parts.stream().mapToInt(Views.DiffPart::inserted).sum(), parts.stream().mapToInt(Views.DiffPart::deleted).sum());
    }

    Views.Translations translations(String lang) {
        I18n t = ctx.i18n();
        Views.Layout layout = layouts.layout(lang, t.get(lang, "translations.title"), t.get(lang, "translations.intro"),
                l -> ctx.urls().translations(l), "", List.of(layouts.homeCrumb(lang)), "translations");
        List<Views.StateCount> counts = new ArrayList<>();
        for (Map.Entry<TranslationStatus.State, Integer> c : TranslationStatus.counts(ctx.model(), lang).entrySet()) {
            counts.add(new Views.StateCount(c.getKey().id(), t.get(lang, "translations." + c.getKey().id()), c.getValue()));
        }
        List<Views.TranslationGroup> groups = new ArrayList<>();
        for (SectionConfig section : ctx.model().config().sections()) {
            List<Views.TranslationRow> rows = new ArrayList<>();
            for (Item item : ctx.model().section(section.id())) {
                TranslationStatus.Entry e = TranslationStatus.of(item, lang);
                rows.add(new Views.TranslationRow(item.id(), items.titleIn(lang, item), item.in(lang).isPresent() ? lang : item.sourceLang(),
                        ctx.itemUrl(lang, item), e.state().id(),
                        t.get(lang, "translations." + e.state().id()), e.follows(), item.version(),
                        e.state() == TranslationStatus.State.OUTDATED ? ctx.urls().diff(lang, section, item.id(), e.follows(), item.version()) : "",
                        ctx.urls().history(lang, section, item.id())));
            }
            if (!rows.isEmpty()) {
                groups.add(new Views.TranslationGroup(t.get(lang, "section." + section.id()), List.copyOf(rows)));
            }
        }
        return new Views.Translations(layout, List.copyOf(counts), List.copyOf(groups), ctx.urls().api("translations.json"));
    }

    private void part(List<Views.DiffPart> parts, String heading, String anchor, String before, String after, LinkTarget links) {
        if (blank(before) && blank(after)) {
            return;
        }
        TextDiff.Part diff = ctx.derived().diff(html(before, links), html(after, links));
        parts.add(new Views.DiffPart(heading, anchor, diff.blocks(), diff.insertedWords(), diff.deletedWords()));
    }

    private String html(String markdown, LinkTarget links) {
        return blank(markdown) ? "" : ctx.markdown().render(markdown, links);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String text(String s) {
        return s == null ? "" : s;
    }

    private String versionUrl(Item item, String lang, String version) {
        return version.equals(item.version()) ? ctx.itemUrl(lang, item) : ctx.urls().version(lang, ctx.section(item), item.id(), version);
    }

    private List<Views.Link> crumbs(Item item, String lang, SectionConfig section) {
        List<Views.Link> crumbs = new ArrayList<>(List.of(layouts.homeCrumb(lang)));
        if (section.listed()) {
            crumbs.add(new Views.Link(ctx.i18n().get(lang, "section." + section.id()), ctx.urls().section(lang, section)));
        }
        crumbs.add(new Views.Link(items.titleIn(lang, item), ctx.itemUrl(lang, item)));
        return crumbs;
    }
}
