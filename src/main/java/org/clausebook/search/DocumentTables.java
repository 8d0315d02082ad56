package org.clausebook.search;

import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The per-document files of one language (docs/search-format.md): a JSON result record per document and one
 * facet table for all of them.
 */
final class DocumentTables {
    /** Longest snippet, in characters, before it is cut at a word boundary. */
    static final int SNIPPET_LENGTH = 200;

    private DocumentTables() {
    }

    /**
     * What a result shows; the JSON of {@code records/<doc>.json}. {@code textLang} is the language of title and
     * snippet: {@code lang}, or the source language of a fallback document.
     */
    record Record(String id, String lang, String textLang, String kind, String title, String url, String version,
                  String snippet) {
    }

    static Record record(SearchDocument doc) {
        String text = doc.summary() == null || doc.summary().isBlank() ? doc.body() : doc.summary();
        return new Record(doc.id(), doc.lang(), doc.textLang(), doc.section(), doc.title(), doc.url(), doc.version(),
                snippet(text));
    }

    /** The fallback documents by the language of their text, doc ids ascending; empty when there are none. */
    static SortedMap<String, List<Integer>> fallbacks(List<SearchDocument> docs) {
        SortedMap<String, List<Integer>> out = new TreeMap<>();
        for (int doc = 0; doc < docs.size(); doc++) {
            if (docs.get(doc).fallback()) {
                out.computeIfAbsent(docs.get(doc).textLang(), lang -> new ArrayList<>()).add(doc);
            }
        }
        return out;
    }

    static String snippet(String text) {
        String flat = text == null ? "" : text.strip().replaceAll("\\s+", " ");
        if (flat.length() <= SNIPPET_LENGTH) {
            return flat;
        }
        int cut = flat.lastIndexOf(' ', SNIPPET_LENGTH);
        if (cut < SNIPPET_LENGTH / 2) {
            cut = Character.isHighSurrogate(flat.charAt(SNIPPET_LENGTH - 1)) ? SNIPPET_LENGTH - 1 : SNIPPET_LENGTH;
        }
        return flat.substring(0, cut).stripTrailing() + "…";
    }

    /**
     * The facet table: per document in doc-id order, the number of its facet terms and their ordinals, counted
     * through all groups in order (group 0 term 0 is ordinal 0). Terms outside the groups are left out.
     */
    static byte[] facets(List<SearchDocument> docs, List<FacetGroup> groups) {
        return Gzip.compress(facetsRaw(docs, groups));
    }

    /** The facet table before gzip (it goes inside index.bin, after the manifest). */
    static byte[] facetsRaw(List<SearchDocument> docs, List<FacetGroup> groups) {
        Bytes out = new Bytes().u8(1).varint(docs.size());
        for (SearchDocument doc : docs) {
            List<Integer> ordinals = new ArrayList<>();
            int base = 0;
            for (FacetGroup group : groups) {
                List<String> terms = group.id().equals(FacetGroup.KIND) ? List.of(doc.section())
                        : doc.facets().getOrDefault(group.id(), List.of());
                for (int t = 0; t < group.terms().size(); t++) {
                    if (terms.contains(group.terms().get(t))) {
                        ordinals.add(base + t);
                    }
                }
                base += group.terms().size();
            }
            out.varint(ordinals.size());
            ordinals.forEach(out::varint);
        }
        return out.toByteArray();
    }
}
