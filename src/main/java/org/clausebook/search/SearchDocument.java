package org.clausebook.search;

import java.util.List;
import java.util.Map;

/**
 * One page as the search index sees it: plain text per field and the facet terms. The site stage makes one per
 * searchable item and site language: the item's own text in that language, or, where it has no translation, a
 * <em>fallback</em> with the source-language text, indexed with the language's own analysis (as the browser
 * analyses queries in that language) and linking to the item's page in that language.
 *
 * @param lang     language of the index the document goes to, and of its page
 * @param textLang language the text is written in: {@code lang}, or the source language of a fallback
 * @param id       item id
 * @param section  section id ("criteria", "clauses" …): the kind facet
 * @param url      root-relative URL of the page in {@code lang}
 * @param version  current version
 * @param title    plain-text title
 * @param summary  plain-text summary
 * @param tender   plain text of the tender text and verification (empty for other kinds)
 * @param body     plain text of the body
 * @param facets   taxonomy id → terms (ambition, stages, product_groups, themes, lifecycle)
 */
public record SearchDocument(String lang, String textLang, String id, String section, String url, String version,
                             String title, String summary, String tender, String body,
                             Map<String, List<String>> facets) {
    public SearchDocument {
        facets = Map.copyOf(facets);
    }

    /** Whether the text is not in {@code lang}: the page in {@code lang} shows the untranslated source text. */
    public boolean fallback() {
        return !textLang.equals(lang);
    }
}
