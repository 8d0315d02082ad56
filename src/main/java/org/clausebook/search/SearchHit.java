package org.clausebook.search;

/**
 * One result: the item, the language of its text, the Lucene doc id in that language's index and the score.
 *
 * @param doc   doc id in the language's index (its position in the exported records)
 * @param score BM25 score, a 32-bit float
 */
public record SearchHit(String id, String lang, int doc, float score) {
}
