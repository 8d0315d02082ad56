package org.clausebook.site;

import org.clausebook.config.SectionConfig;
import org.clausebook.content.Item;
import org.clausebook.content.SiteModel;
import org.clausebook.render.UrlScheme;
import org.clausebook.versions.ChangeNotes;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Atom feeds: one per language listing the newest versions of listed items with their change notes, and one per
 * item and language listing all its versions. Dates come from content, never the clock.
 */
final class AtomFeed {
    static final int ENTRIES = 50;

    /** One version of one item. */
    private record Release(Item item, String version, LocalDate date) {
    }

    private AtomFeed() {
    }

    /** The language's feed: the newest versions of every listed item. */
    static String feed(SiteModel model, UrlScheme urls, String lang) {
        List<Release> releases = new ArrayList<>();
        for (Item item : model.items().values()) {
            if (model.config().section(item.section()).map(SectionConfig::listed).orElse(false)) {
                item.versions().forEach(v -> releases.add(new Release(item, v, ChangeNotes.date(item, v))));
            }
        }
        return write(model, urls, lang, urls.feed(lang), urls.home(lang), model.config().title().get(lang), model.config().description().get(lang),
                releases.stream().sorted(Comparator.comparing(Release::date).reversed().thenComparing(r -> r.item().id())
                        .thenComparing(Release::version, org.clausebook.content.Versions.ORDER.reversed())).limit(ENTRIES).toList());
    }

    /** One item's feed: each of its versions, newest first. */
    static String itemFeed(SiteModel model, UrlScheme urls, Item item, String lang) {
        SectionConfig section = model.config().section(item.section()).orElseThrow();
        List<Release> releases = new ArrayList<>();
        List<String> versions = new ArrayList<>(item.versions());
        java.util.Collections.reverse(versions);
        versions.forEach(v -> releases.add(new Release(item, v, ChangeNotes.date(item, v))));
        String title = item.in(lang).orElse(item.source()).meta().title();
        return write(model, urls, lang, urls.itemFeed(lang, section, item.id()), urls.item(lang, section, item.id()),
                title + " – " + model.config().title().get(lang), item.in(lang).orElse(item.source()).meta().summary(), releases);
    }

    private static String write(SiteModel model, UrlScheme urls, String lang, String selfUrl, String pageUrl, String title,
                                String subtitle, List<Release> releases) {
        LocalDate updated = releases.stream().map(Release::date).max(Comparator.naturalOrder()).orElse(LocalDate.of(2000, 1, 1));
        String self = urls.absolute(selfUrl);
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"").append(lang).append("\">\n")
                .append("  <title>").append(Xml.escape(title)).append("</title>\n")
                .append("  <subtitle>").append(Xml.escape(subtitle)).append("</subtitle>\n")
                .append("  <id>").append(Xml.escape(self)).append("</id>\n")
                .append("  <link rel=\"self\" href=\"").append(Xml.escape(self)).append("\"/>\n")
                .append("  <link rel=\"alternate\" type=\"text/html\" href=\"").append(Xml.escape(urls.absolute(pageUrl))).append("\"/>\n")
                .append("  <updated>").append(updated).append("T00:00:00Z</updated>\n");
        for (Release r : releases) {
            Item item = r.item();
            SectionConfig section = model.config().section(item.section()).orElseThrow();
            boolean translated = item.in(lang).isPresent();
            var text = item.in(lang).orElse(item.source()).meta();
            String permalink = urls.absolute(urls.version(lang, section, item.id(), r.version()));
            String link = r.version().equals(item.version()) ? urls.absolute(urls.item(lang, section, item.id())) : permalink;
            var note = ChangeNotes.change(item, lang, r.version());
            xml.append("  <entry xml:lang=\"").append(translated ? lang : item.sourceLang()).append("\">\n")
                    .append("    <title>").append(Xml.escape(text.title() + " (" + r.version() + ")")).append("</title>\n")
                    .append("    <id>").append(Xml.escape(permalink)).append("</id>\n")
                    .append("    <link href=\"").append(Xml.escape(link)).append("\"/>\n")
                    .append("    <updated>").append(r.date()).append("T00:00:00Z</updated>\n")
                    .append("    <author><name>").append(Xml.escape(model.config().title().get(lang))).append("</name></author>\n")
                    .append("    <summary>").append(Xml.escape(text.summary())).append("</summary>\n");
            note.ifPresent(n -> xml.append("    <content type=\"text\" xml:lang=\"").append(n.lang()).append("\">")
                    .append(Xml.escape(n.text())).append("</content>\n"));
            xml.append("  </entry>\n");
        }
        return xml.append("</feed>\n").toString();
    }
}
