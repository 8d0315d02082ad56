package org.clausebook.office;

import org.clausebook.config.SectionConfig;
import org.clausebook.config.TaxonomyConfig;
import org.clausebook.content.Document;
import org.clausebook.content.FrontMatter;
import org.clausebook.content.Item;
import org.clausebook.render.I18n;
import org.clausebook.render.RenderContext;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Resolves an item, a version and a language into the {@link ItemText} its downloads show. */
final class ItemTexts {
    private final RenderContext ctx;
    private final I18n t;

    ItemTexts(RenderContext ctx) {
        this.ctx = ctx;
        this.t = ctx.i18n();
    }

    ItemText of(Item item, String version, String lang) {
        SectionConfig section = ctx.section(item);
        Map<String, Document> docs = version.equals(item.version()) ? item.current() : item.frozen(version);
        Document source = docs.get(item.sourceLang());
        Document text = docs.getOrDefault(lang, source);
        FrontMatter meta = source.meta();
        String permalink = ctx.urls().absolute(ctx.urls().version(lang, section, item.id(), version));
        MarkdownBlocks markdown = new MarkdownBlocks(ctx.markdown(), url -> absolute(lang, item, url));
        String kind = t.get(lang, "kind." + section.id());
        String licence = meta.licence() == null ? ctx.model().config().defaultLicence() : meta.licence();
        String attribution = ctx.model().config().title().get(lang) + ". " + kind + ": “" + text.meta().title() + "”. "
                + t.get(lang, "item.id") + " " + item.id() + ", " + t.get(lang, "item.version") + " " + version
                + " (" + meta.date() + "). " + licence + ". " + permalink;
        List<String> stageTerms = terms(meta, "stages");
        Optional<TaxonomyConfig> stages = taxonomy("stages");
        Optional<TaxonomyConfig> ambition = taxonomy("ambition");
        boolean fallback = !text.lang().equals(lang);
        var labels = new ItemText.Labels(t.get(lang, "item.id"), t.get(lang, "item.version"), t.get(lang, "item.date"),
                I18n.date(lang, meta.date()), t.get(lang, "office.language"), t.languageName(text.lang()),
                t.get(lang, "office.stage"), t.get(lang, "office.ambition"), t.get(lang, "item.tender_text"),
                t.get(lang, "item.verification"), t.get(lang, "item.sources"), t.get(lang, "item.licence"),
                t.get(lang, "office.attribution"), t.get(lang, "office.permalink"),
                fallback ? t.get(lang, "item.fallback_notice") : "");
        return new ItemText(item.id(), section.id(), version, meta.date(), lang, text.lang(), text.meta().title(), kind,
                stageTerms, stages.map(tax -> stageTerms.stream().map(s -> ctx.termLabel(lang, tax, s)).toList()).orElse(List.of()),
                ambition.flatMap(tax -> terms(meta, "ambition").stream().findFirst().map(a -> ctx.termLabel(lang, tax, a))).orElse(""),
                markdown.read(text.meta().tenderText()), markdown.read(text.meta().verification()), sources(meta),
                licence, licenceUrl(licence), attribution, permalink, labels);
    }

    /**
     * The tender text and the verification as the item page shows them (HTML from the site's Markdown renderer,
     * raw HTML escaped), for the printed tender pack; "" where the item has none.
     */
    List<String> html(Item item, String version, String lang) {
        Map<String, Document> docs = version.equals(item.version()) ? item.current() : item.frozen(version);
        Document text = docs.getOrDefault(lang, docs.get(item.sourceLang()));
        var links = ctx.links(lang, item);
        return java.util.stream.Stream.of(text.meta().tenderText(), text.meta().verification())
                .map(md -> md == null || md.isBlank() ? "" : ctx.markdown().render(md, links)).toList();
    }

    private Optional<TaxonomyConfig> taxonomy(String id) {
        return ctx.model().config().taxonomies().stream().filter(x -> x.id().equals(id)).findFirst();
    }

    /** The item's terms of a taxonomy, in the order the configuration lists the terms. */
    private List<String> terms(FrontMatter meta, String taxonomy) {
        List<String> given = meta.taxonomies().getOrDefault(taxonomy, List.of());
        return taxonomy(taxonomy).map(tax -> tax.terms().stream().filter(given::contains).toList()).orElse(List.copyOf(given));
    }

    private String absolute(String lang, Item item, String url) {
        String target = url.strip();
        if (target.startsWith("item:")) {
            String id = target.substring(5).replaceAll("#.*", "");
            return ctx.model().item(id).map(i -> ctx.urls().absolute(ctx.itemUrl(lang, i))).orElse("");
        }
        if (target.startsWith("https:") || target.startsWith("http:") || target.startsWith("mailto:")) {
            return target;
        }
        return ctx.links(lang, item).attachment(target).map(ctx.urls()::absolute).orElse("");
    }

    private static List<String> sources(FrontMatter meta) {
        List<String> out = new ArrayList<>();
        for (FrontMatter.Source s : meta.sources()) {
            StringBuilder line = new StringBuilder(s.title());
            if (s.publisher() != null) {
                line.append(" – ").append(s.publisher());
            }
            if (s.date() != null) {
                line.append(", ").append(s.date());
            }
            if (s.note() != null) {
                line.append(". ").append(s.note());
            }
            if (s.url() != null) {
                line.append(' ').append(s.url());
            }
            out.add(line.toString());
        }
        return out;
    }

    static String licenceUrl(String spdx) {
        return switch (spdx) {
            case "CC-BY-4.0" -> "https://creativecommons.org/licenses/by/4.0/";
            case "CC0-1.0" -> "https://creativecommons.org/publicdomain/zero/1.0/";
            case "Apache-2.0" -> "https://www.apache.org/licenses/LICENSE-2.0";
            default -> "https://spdx.org/licenses/" + spdx + ".html";
        };
    }
}
