package org.clausebook.site;

import org.clausebook.config.SectionConfig;
import org.clausebook.content.FrontMatter;
import org.clausebook.content.Item;
import org.clausebook.content.SiteModel;
import org.clausebook.render.UrlScheme;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/** One Atom feed per language: the newest versions of listed items. Dates come from content, never the clock. */
final class AtomFeed {
    static final int ENTRIES = 50;

    private AtomFeed() {
    }

    static String feed(SiteModel model, UrlScheme urls, String lang) {
        List<Item> items = model.items().values().stream()
                .filter(i -> model.config().section(i.section()).map(SectionConfig::listed).orElse(false))
                .sorted(Comparator.comparing((Item i) -> i.meta().date()).reversed().thenComparing(Item::id))
                .limit(ENTRIES).toList();
        LocalDate updated = items.stream().map(i -> i.meta().date()).max(Comparator.naturalOrder()).orElse(LocalDate.of(2000, 1, 1));
        String self = urls.absolute(urls.feed(lang));
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"").append(lang).append("\">\n")
                .append("  <title>").append(Xml.escape(model.config().title().get(lang))).append("</title>\n")
                .append("  <subtitle>").append(Xml.escape(model.config().description().get(lang))).append("</subtitle>\n")
                .append("  <id>").append(Xml.escape(self)).append("</id>\n")
                .append("  <link rel=\"self\" href=\"").append(Xml.escape(self)).append("\"/>\n")
                .append("  <link rel=\"alternate\" type=\"text/html\" href=\"").append(Xml.escape(urls.absolute(urls.home(lang)))).append("\"/>\n")
                .append("  <updated>").append(updated).append("T00:00:00Z</updated>\n");
        for (Item item : items) {
            SectionConfig section = model.config().section(item.section()).orElseThrow();
            FrontMatter text = item.in(lang).orElse(item.source()).meta();
            String link = urls.absolute(urls.item(lang, section, item.id()));
            String permalink = urls.absolute(urls.version(lang, section, item.id(), item.version()));
            String textLang = item.in(lang).isPresent() ? lang : item.sourceLang();
            xml.append("  <entry xml:lang=\"").append(textLang).append("\">\n")
                    .append("    <title>").append(Xml.escape(text.title())).append("</title>\n")
                    .append("    <id>").append(Xml.escape(permalink)).append("</id>\n")
                    .append("    <link href=\"").append(Xml.escape(link)).append("\"/>\n")
                    .append("    <updated>").append(item.meta().date()).append("T00:00:00Z</updated>\n")
                    .append("    <author><name>").append(Xml.escape(model.config().title().get(lang))).append("</name></author>\n")
                    .append("    <summary>").append(Xml.escape(text.summary())).append("</summary>\n")
                    .append("  </entry>\n");
        }
        return xml.append("</feed>\n").toString();
    }
}
