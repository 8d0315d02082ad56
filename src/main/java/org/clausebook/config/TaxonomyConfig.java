package org.clausebook.config;

import java.util.List;

/**
 * A taxonomy: a front-matter field whose values are fixed terms.
 *
 * @param id     front-matter field, e.g. {@code product_groups}
 * @param path   URL segment, e.g. {@code product-groups}
 * @param single whether the field holds one term rather than a list
 * @param terms  the allowed terms, in display order (from the schema's enum)
 */
public record TaxonomyConfig(String id, String path, boolean single, List<String> terms) {
    public TaxonomyConfig {
        terms = List.copyOf(terms);
    }
}
