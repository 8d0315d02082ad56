package org.clausebook.search;

/**
 * One result: the item, the language of its index and page, the language of its text, the Lucene doc id in that
 * language's index and the score.
 *
 * @param textLang {@code lang}, or the source language when the hit is a fallback document
 * @param doc      doc id in the language's index (its position in the exported records)
 * @param score    BM25 score, a 32-bit float
 */
public record SearchHit(String id, String lang, String textLang, int doc, float score) {
}
