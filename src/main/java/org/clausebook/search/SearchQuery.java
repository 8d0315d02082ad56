package org.clausebook.search;

import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns a {@link QueryPlan} into the Lucene query the browser reproduces (no operators, every word optional). Plain
 * words are one flat disjunction of {@code BoostQuery(TermQuery(field, term), boost)}, one clause per field and
 * term, a word typed twice counting twice in its boost (as {@link BooleanQuery#rewrite} would merge duplicates).
 * An expanded word adds one {@link DisjunctionMaxQuery} (tie breaker 0) whose disjuncts are its alternatives, each a
 * disjunction of its terms over the fields with boost {@code weight · count · field boost}, rounded once to float.
 */
public final class SearchQuery {
    /** Queries are cut to this many UTF-16 units (without splitting a surrogate pair), here and in the browser. */
    public static final int MAX_LENGTH = 256;

    private SearchQuery() {
    }

    static Query build(QueryPlan plan) {
        BooleanQuery.Builder out = new BooleanQuery.Builder();
        boolean any = false;
        for (SearchField field : SearchField.ALL) {
            for (Map.Entry<String, Integer> e : plan.flat().entrySet()) {
                float boost = (float) (e.getValue() * (double) field.boost());
                out.add(new BoostQuery(new TermQuery(new Term(field.name(), e.getKey())), boost), BooleanClause.Occur.SHOULD);
                any = true;
            }
        }
        for (QueryPlan.Group group : plan.groups()) {
            List<Query> disjuncts = new ArrayList<>();
            for (QueryPlan.Alternative alternative : group.alternatives()) {
                Map<String, Integer> counts = new LinkedHashMap<>();
                alternative.terms().forEach(t -> counts.merge(t, 1, Integer::sum));
                BooleanQuery.Builder disjunct = new BooleanQuery.Builder();
                for (SearchField field : SearchField.ALL) {
                    for (Map.Entry<String, Integer> e : counts.entrySet()) {
                        float boost = (float) (alternative.weight() * group.count() * e.getValue() * (double) field.boost());
                        disjunct.add(new BoostQuery(new TermQuery(new Term(field.name(), e.getKey())), boost),
                                BooleanClause.Occur.SHOULD);
                    }
                }
                disjuncts.add(disjunct.build());
            }
            out.add(new DisjunctionMaxQuery(disjuncts, 0f), BooleanClause.Occur.SHOULD);
            any = true;
        }
        return any ? out.build() : new MatchNoDocsQuery("no searchable words");
    }

    /** {@code text} cut to {@link #MAX_LENGTH} UTF-16 units. */
    public static String cut(String text) {
        if (text.length() <= MAX_LENGTH) {
            return text;
        }
        int end = Character.isHighSurrogate(text.charAt(MAX_LENGTH - 1)) ? MAX_LENGTH - 1 : MAX_LENGTH;
        return text.substring(0, end);
    }
}
