package org.clausebook.search;

import java.util.List;

/**
 * The answer to a query in one language.
 *
 * @param hits  the best hits, by descending score, ties by ascending doc id
 * @param count how many documents match at all ({@code IndexSearcher.count}, exact)
 * @param correction the query with misspelt words replaced ("Showing results for …"), or null
 */
public record SearchResult(List<SearchHit> hits, int count, String correction) {
    public SearchResult {
        hits = List.copyOf(hits);
    }
}
