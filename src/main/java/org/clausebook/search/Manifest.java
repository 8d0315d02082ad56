package org.clausebook.search;

import java.util.List;
import java.util.SortedMap;

/**
 * The manifest of one language, at the head of {@code search/<lang>/<version>/index.bin}: everything the browser
 * needs before it fetches a term block (docs/search-format.md, "index.bin"). {@code fallbacks}: text language → the
 * doc ids of the fallback documents with text in it, ascending, so the reader can leave them out of "all
 * languages" without fetching records.
 */
record Manifest(int format, String lang, int docs, Analysis analysis, Bm25 bm25, List<IndexTerms.FieldStats> fields,
                List<String> blocks, Expansion expansion, List<Synonyms.Group> synonyms, List<FacetGroup> facets,
                SortedMap<String, List<Integer>> fallbacks) {

    /**
     * 2: fallback documents (the source text of items not translated into the language), {@code fallbacks}.
     * 3: sorted term blocks instead of hashed shards ({@code blocks}: first folded form of each), query expansion
     * ({@code expansion}, {@code synonyms}).
     */
    static final int FORMAT = 3;

    record Analysis(int maxWordLength, int maxQueryLength, String stemmer, List<String> stopwords, List<String> elision,
                    SortedMap<String, String> stemOverrides) {
    }

    record Bm25(float k1, float b) {
    }

    /** The one file with a fixed name, {@code search.json}: where each language's current files are. */
    record Entry(int format, List<Language> languages) {
    }

    record Language(String lang, String path, int docs) {
    }

    /** The manifest JSON inside a language's index.bin (gzip: format 1, length, JSON, facet table). */
    static byte[] read(byte[] indexBin) {
        byte[] bytes = Gzip.decompress(indexBin);
        int pos = 1;
        long length = 0;
        for (int shift = 0; ; shift += 7) {
            int b = bytes[pos++] & 0xff;
            length |= (long) (b & 0x7f) << shift;
            if (b < 0x80) {
                break;
            }
        }
        return java.util.Arrays.copyOfRange(bytes, pos, pos + (int) length);
    }
}
