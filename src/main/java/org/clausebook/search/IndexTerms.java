package org.clausebook.search;

import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.CollectionStatistics;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.BytesRef;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Everything the browser needs to score like Lucene, read back from the index itself rather than recomputed:
 * per term and field the postings (doc id, term frequency, the one-byte length norm Lucene stored), and per field
 * the collection statistics BM25 uses.
 */
final class IndexTerms {
    private IndexTerms() {
    }

    /** The postings of one term in one field. */
    record Postings(int[] docs, int[] freqs, byte[] norms) {
    }

    /** Collection statistics of one field as {@code IndexSearcher.collectionStatistics} reports them (0 if empty). */
    record FieldStats(String name, float boost, long docCount, long sumTotalTermFreq) {
    }

    /** Term → postings per field (index = position in {@link SearchField#ALL}, null where the field lacks it). */
    static SortedMap<String, Postings[]> read(LanguageIndex index) throws IOException {
        SortedMap<String, Postings[]> out = new TreeMap<>();
        LeafReader leaf = index.leaf();
        if (leaf == null) {
            return out;
        }
        for (int f = 0; f < SearchField.ALL.size(); f++) {
            String field = SearchField.ALL.get(f).name();
            Terms terms = leaf.terms(field);
            if (terms == null) {
                continue;
            }
            byte[] norms = norms(leaf, field);
            TermsEnum te = terms.iterator();
            PostingsEnum pe = null;
            for (BytesRef term = te.next(); term != null; term = te.next()) {
                pe = te.postings(pe, PostingsEnum.FREQS);
                List<int[]> rows = new ArrayList<>();
                for (int doc = pe.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = pe.nextDoc()) {
                    rows.add(new int[] {doc, pe.freq(), norms[doc]});
                }
                int[] docs = new int[rows.size()];
                int[] freqs = new int[rows.size()];
                byte[] normBytes = new byte[rows.size()];
                for (int i = 0; i < rows.size(); i++) {
                    docs[i] = rows.get(i)[0];
                    freqs[i] = rows.get(i)[1];
                    normBytes[i] = (byte) rows.get(i)[2];
                }
                out.computeIfAbsent(term.utf8ToString(), k -> new Postings[SearchField.ALL.size()])[f] =
                        new Postings(docs, freqs, normBytes);
            }
        }
        return out;
    }

    /** The norm byte Lucene stored per doc for a field (every doc with a term in the field has one). */
    private static byte[] norms(LeafReader leaf, String field) throws IOException {
        byte[] out = new byte[leaf.maxDoc()];
        NumericDocValues values = leaf.getNormValues(field);
        for (int doc = values.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = values.nextDoc()) {
            out[doc] = (byte) values.longValue();
        }
        return out;
    }

    static List<FieldStats> stats(LanguageIndex index) throws IOException {
        List<FieldStats> out = new ArrayList<>();
        for (SearchField field : SearchField.ALL) {
            CollectionStatistics cs = index.leaf() == null ? null : index.searcher().collectionStatistics(field.name());
            out.add(new FieldStats(field.name(), field.boost(), cs == null ? 0 : cs.docCount(),
                    cs == null ? 0 : cs.sumTotalTermFreq()));
        }
        return out;
    }
}
