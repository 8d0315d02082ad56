package org.clausebook.render;

import org.clausebook.content.FrontMatter;
import org.clausebook.content.Item;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/** Builds the page of one external scheme: the Clausebook items that correspond to its criteria ("Compare with", reversed). */
final class SchemePages {
    private final RenderContext ctx;
    private final LayoutFactory layouts;
    private final NoticeViews notices;

    SchemePages(RenderContext ctx, LayoutFactory layouts) {
        this.ctx = ctx;
        this.layouts = layouts;
        this.notices = new NoticeViews(ctx);
    }

    /** The schemes at least one item names, in alphabetical order of their ids. */
    List<String> schemes() {
        TreeSet<String> out = new TreeSet<>();
        ctx.model().items().values().forEach(item -> item.meta().equivalents().forEach(q -> out.add(q.scheme())));
        return List.copyOf(out);
    }

    Views.Scheme view(String scheme, String lang) {
        I18n t = ctx.i18n();
        String name = t.get(lang, "codes.scheme." + scheme);
        String heading = t.format(lang, "codes.scheme_heading", name);
        String lead = t.format(lang, "codes.scheme_lead", name);
        Views.Layout layout = layouts.layout(lang, heading, lead, l -> ctx.urls().scheme(l, scheme), "",
                List.of(layouts.homeCrumb(lang)), "scheme");
        List<Views.SchemeEntry> entries = new ArrayList<>();
        for (Item item : ctx.model().items().values()) {
            List<Views.Equivalent> matches = item.meta().equivalents().stream().filter(q -> q.scheme().equals(scheme))
                    .map(q -> notices.equivalent(q, item.sourceLang(), lang)).toList();
            if (matches.isEmpty()) {
                continue;
            }
            FrontMatter text = item.in(lang).orElse(item.source()).meta();
            entries.add(new Views.SchemeEntry(text.title(), item.in(lang).isPresent() ? lang : item.sourceLang(),
                    ctx.itemUrl(lang, item), t.get(lang, "kind." + item.section()), item.version(), matches));
        }
        return new Views.Scheme(layout, heading, lead, List.copyOf(entries));
    }
}
