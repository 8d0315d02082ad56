package org.clausebook.search;

import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.QueryBuilder;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns what a buyer types into the Lucene query the browser reproduces. The text is analysed by Lucene's
 * {@link QueryBuilder} (not the classic QueryParser: no operators, every word is optional), once per field. The
 * result is one flat disjunction of {@code BoostQuery(TermQuery(field, term), boost)}, one clause per distinct
 * field and term; a word typed twice is one clause with its boost summed in double and rounded to float, exactly
 * as {@link BooleanQuery#rewrite} would merge the duplicates. One flat sum means one rounding of the score.
 */
public final class SearchQuery {
    /** Queries are cut to this many UTF-16 units (without splitting a surrogate pair), here and in the browser. */
    public static final int MAX_LENGTH = 256;

    private SearchQuery() {
    }

    public static Query build(SearchAnalyzer analyzer, String text) {
        String cut = cut(text);
        QueryBuilder builder = new QueryBuilder(analyzer);
        BooleanQuery.Builder out = new BooleanQuery.Builder();
        boolean any = false;
        for (SearchField field : SearchField.ALL) {
            Map<Term, Integer> counts = new LinkedHashMap<>();
            for (Term term : terms(builder.createBooleanQuery(field.name(), cut))) {
                counts.merge(term, 1, Integer::sum);
            }
            for (Map.Entry<Term, Integer> e : counts.entrySet()) {
                float boost = (float) (e.getValue() * (double) field.boost());
                out.add(new BoostQuery(new TermQuery(e.getKey()), boost), BooleanClause.Occur.SHOULD);
                any = true;
            }
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

    private static List<Term> terms(Query query) {
        List<Term> out = new ArrayList<>();
        if (query == null) {
            return out;
        }
        if (query instanceof TermQuery tq) {
            out.add(tq.getTerm());
        } else if (query instanceof BooleanQuery bq) {
            for (BooleanClause clause : bq.clauses()) {
                out.addAll(terms(clause.getQuery()));
            }
        } else {
            throw new IllegalStateException("unexpected query from QueryBuilder: " + query.getClass().getSimpleName());
        }
        return out;
    }
}
