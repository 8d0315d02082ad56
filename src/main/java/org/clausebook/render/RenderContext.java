package org.clausebook.render;

import org.clausebook.config.SectionConfig;
import org.clausebook.config.TaxonomyConfig;
import org.clausebook.content.Item;
import org.clausebook.content.SiteModel;
import org.clausebook.markdown.LinkTarget;
import org.clausebook.markdown.MarkdownRenderer;

import java.util.Optional;
import java.util.Set;

/**
 * What the page factories share for one build: the model, URLs, strings, Markdown, and where assets are.
 *
 * @param assetDir    versioned folder name of the assets, e.g. {@code v-1a2b3c4d}
 * @param attachments attachment paths relative to content/, e.g. {@code portraits/city-of-oslo/chart.png}
 * @param derived     text hashes and comparisons, computed once
 */
public record RenderContext(SiteModel model, UrlScheme urls, I18n i18n, MarkdownRenderer markdown,
                            String assetDir, Set<String> attachments, Derived derived) {

    public RenderContext {
        attachments = Set.copyOf(attachments);
    }

    public SectionConfig section(Item item) {
        return model.config().section(item.section()).orElseThrow();
    }

    public String itemUrl(String lang, Item item) {
        return urls.item(lang, section(item), item.id());
    }

    public String termLabel(String lang, TaxonomyConfig taxonomy, String term) {
        return i18n.get(lang, "term." + taxonomy.id() + "." + term);
    }

    /** Link resolution for Markdown on a page of {@code item} in {@code lang}. */
    public LinkTarget links(String lang, Item item) {
        java.util.List<String> key = java.util.List.of(lang, item.section(), item.id());
        return new LinkTarget() {
            @Override
            public Object cacheKey() {
                return key;
            }

            @Override
            public Optional<String> item(String id) {
                return model.item(id).map(target -> itemUrl(lang, target));
            }

            @Override
            public Optional<String> attachment(String name) {
                String rel = item.section() + "/" + item.id() + "/" + name;
                return attachments.contains(rel) ? Optional.of(urls.attachment(section(item), item.id(), name)) : Optional.empty();
            }
        };
    }
}
