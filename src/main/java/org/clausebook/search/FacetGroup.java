package org.clausebook.search;

import java.util.List;

/**
 * A facet the browser can filter by, with its terms in display order: "kind" (the section of an item) or a
 * taxonomy of content/site.yaml.
 */
public record FacetGroup(String id, List<String> terms) {
    /** The id of the facet holding a document's section. */
    public static final String KIND = "kind";

    public FacetGroup {
        terms = List.copyOf(terms);
    }
}
