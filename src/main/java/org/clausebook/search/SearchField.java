package org.clausebook.search;

import java.util.List;
import java.util.function.Function;

/**
 * A weighted text field of the index. A query term is searched in every field; a match in field f counts
 * {@code boost} times its BM25 score, so a word in the title weighs more than the same word in the body.
 *
 * @param name  Lucene field name
 * @param boost query-time weight (a float, as Lucene's BoostQuery keeps it)
 * @param text  the document text of this field
 */
public record SearchField(String name, float boost, Function<SearchDocument, String> text) {

    /** The fields in the order the export numbers them (docs/search-format.md). */
    public static final List<SearchField> ALL = List.of(
            new SearchField("title", 4f, SearchDocument::title),
            new SearchField("summary", 2f, SearchDocument::summary),
            new SearchField("tender", 1.5f, SearchDocument::tender),
            new SearchField("body", 1f, SearchDocument::body));

    /** Lucene's BM25 defaults, which the index uses and the browser repeats. */
    public static final float K1 = 1.2f;
    public static final float B = 0.75f;
}
