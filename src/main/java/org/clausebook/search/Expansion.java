package org.clausebook.search;

/**
 * The rules by which a query word is widened beyond its exact term (docs/search-format.md, "Query expansion"),
 * written into the manifest so that assets/search/plan.js applies the very same numbers. A word's alternatives
 * are scored as Lucene's {@code DisjunctionMaxQuery} (tie breaker 0) of one boosted term query per alternative: a
 * document counts its best alternative once, and the weight keeps every expansion below the exact form.
 *
 * @param fold          weight of a term whose folded form equals the word's (Malmo → Malmö)
 * @param synonym       weight of another member of a synonym group (variants weigh 1, like the exact form)
 * @param prefix        weight of a completion of the last word (warr → warranty)
 * @param fuzzy         weight of a term within edit distance of a word that finds (almost) nothing (batery)
 * @param prefixMin     shortest folded prefix (UTF-16 units) that is completed
 * @param prefixBlocks  most term blocks a prefix may span; a prefix spanning more is not completed
 * @param prefixTerms   most completions, the most frequent first
 * @param fuzzyMin      shortest folded term that gets typo tolerance
 * @param fuzzyLong     folded length from which two edits are allowed (else one)
 * @param fuzzyMaxDf    typo tolerance applies when the word's exact and folded terms are in at most this many docs
 * @param fuzzyBlocks   most term blocks searched for typo candidates (those sharing 1, else 2, else 3 first letters)
 * @param fuzzyTerms    most typo candidates, nearest then most frequent first
 */
public record Expansion(double fold, double synonym, double prefix, double fuzzy, int prefixMin, int prefixBlocks,
                        int prefixTerms, int fuzzyMin, int fuzzyLong, int fuzzyMaxDf, int fuzzyBlocks, int fuzzyTerms) {

    public static final Expansion DEFAULT = new Expansion(0.9, 0.8, 0.6, 0.5, 2, 2, 12, 4, 8, 1, 3, 6);

    /** Weight of the exact term and of spelling variants. */
    public static final double EXACT = 1.0;
}
