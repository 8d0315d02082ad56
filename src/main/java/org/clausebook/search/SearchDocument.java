package org.clausebook.search;

import java.util.List;
import java.util.Map;

/**
 * One page as the search index sees it: plain text per field and the facet terms. The site stage makes one per
 * item and language that has its own text; a language without a translation is searched through the source text
 * in its own language's index.
 *
 * @param lang     language of the text (and of the index it goes to)
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
public record SearchDocument(String lang, String id, String section, String url, String version, String title,
                             String summary, String tender, String body, Map<String, List<String>> facets) {
    public SearchDocument {
        facets = Map.copyOf(facets);
    }
}
