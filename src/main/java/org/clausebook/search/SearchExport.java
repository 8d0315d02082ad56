package org.clausebook.search;

import org.clausebook.util.ContentHash;

import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The static search files of a site: one Lucene index per language, exported as index.bin (manifest and facet table), term blocks, result
 * records and a facet table under {@code search/<lang>/<version>/}, plus the entry file {@value #ENTRY}. A
 * language's index holds every searchable item once: its own text, or the source text of an untranslated item as a
 * fallback document, marked in the record ({@code textLang}) and the manifest ({@code fallbacks}). The format
 * is described once, in docs/search-format.md; assets/search/ reads it.
 *
 * <p>Everything under {@code search/} is named by a hash of its language's files and can be cached forever; only
 * {@value #ENTRY}, which points to the current version of each language, must be revalidated (it lives outside
 * {@code search/} for that reason). Output is deterministic: sorted maps, fixed gzip headers, no timestamps.
 */
public final class SearchExport {
    /** The only file with a fixed name. */
    public static final String ENTRY = "search.json";
    /** A language's fixed part, fetched once: format byte, manifest JSON (length-prefixed), then the facet table. */
    static final String INDEX = "index.bin";

    private SearchExport() {
    }

    /**
     * @param docs      the searchable documents of every language
     * @param languages the site's languages, in order; each gets an index, even an empty one
     * @param facets    the facet groups, terms in display order
     * @return output paths relative to the site root, with their bytes
     */
    public static SortedMap<String, byte[]> write(List<SearchDocument> docs, List<String> languages,
                                                  List<FacetGroup> facets) throws IOException {
        return write(docs, languages, facets, Map.of());
    }

    /** As above, with each language's synonym groups ({@link Synonyms#load}); a language without any has none. */
    public static SortedMap<String, byte[]> write(List<SearchDocument> docs, List<String> languages,
                                                  List<FacetGroup> facets, Map<String, List<Synonyms.Raw>> synonyms)
            throws IOException {
        return write(docs, languages, facets, synonyms, Reuse.never());
    }

    /**
     * How a language's files are made: an incremental build ({@code serve}) may return what it kept for the same
     * input. A language's files are a pure function of its {@link LanguageInput}.
     */
    @FunctionalInterface
    public interface Reuse {
        SortedMap<String, byte[]> language(LanguageInput input, java.util.function.Supplier<SortedMap<String, byte[]>> make);

        static Reuse never() {
            return (input, make) -> make.get();
        }
    }

    /** Everything one language's files are made from: its documents (in the given order), the facets, its synonyms. */
    public record LanguageInput(String lang, List<SearchDocument> docs, List<FacetGroup> facets, List<Synonyms.Raw> synonyms) {
        public LanguageInput {
            docs = List.copyOf(docs);
            facets = List.copyOf(facets);
            synonyms = List.copyOf(synonyms);
        }
    }

    /** As above, letting {@code reuse} return a language's files kept from the previous build. */
    public static SortedMap<String, byte[]> write(List<SearchDocument> docs, List<String> languages,
                                                  List<FacetGroup> facets, Map<String, List<Synonyms.Raw>> synonyms,
                                                  Reuse reuse) throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<SortedMap<String, byte[]>> perLanguage = languages.parallelStream().map(lang -> {
            LanguageInput input = new LanguageInput(lang, docs.stream().filter(d -> d.lang().equals(lang)).toList(),
                    facets, synonyms.getOrDefault(lang, List.of()));
            return reuse.language(input, () -> languageFiles(lang, input.docs(), facets, input.synonyms(), json));
        }).toList();
        SortedMap<String, byte[]> out = new TreeMap<>();
        List<Manifest.Language> entries = new ArrayList<>();
        for (int i = 0; i < languages.size(); i++) {
            String dir = "search/" + languages.get(i) + "/" + ContentHash.of(perLanguage.get(i)) + "/";
            perLanguage.get(i).forEach((name, bytes) -> out.put(dir + name, bytes));
            int records = (int) perLanguage.get(i).keySet().stream().filter(n -> n.startsWith("records/")).count();
            entries.add(new Manifest.Language(languages.get(i), dir, records));
        }
        out.put(ENTRY, json.writeValueAsBytes(new Manifest.Entry(Manifest.FORMAT, entries)));
        return out;
    }

    /** The files of one language, by name inside its version folder. Languages are exported in parallel. */
    private static SortedMap<String, byte[]> languageFiles(String lang, List<SearchDocument> docs, List<FacetGroup> facets,
                                                           List<Synonyms.Raw> synonyms, ObjectMapper json) {
        try (LanguageIndex index = LanguageIndex.build(lang, docs, synonyms)) {
            return languageFiles(index, facets, json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static SortedMap<String, byte[]> languageFiles(LanguageIndex index, List<FacetGroup> facets,
                                                           ObjectMapper json) throws IOException {
        SortedMap<String, byte[]> files = new TreeMap<>();
        List<byte[]> blocks = index.dictionary().files();
        for (int i = 0; i < blocks.size(); i++) {
            files.put("blocks/" + i + ".bin", blocks.get(i));
        }
        List<SearchDocument> docs = index.documents();
        for (int doc = 0; doc < docs.size(); doc++) {
            files.put("records/" + doc + ".json", json.writeValueAsBytes(DocumentTables.record(docs.get(doc))));
        }
        LanguageProfile p = index.analyzer().profile();
        Manifest manifest = new Manifest(Manifest.FORMAT, index.lang(), docs.size(),
                new Manifest.Analysis(Words.MAX_LENGTH, SearchQuery.MAX_LENGTH, p.stemmer(), p.stopwords(), p.elision(),
                        p.stemOverrides()),
                new Manifest.Bm25(SearchField.K1, SearchField.B), IndexTerms.stats(index), index.dictionary().firstKeys(), Expansion.DEFAULT, index.synonyms(), facets,
                DocumentTables.fallbacks(docs));
        byte[] manifestJson = json.writeValueAsBytes(manifest);
        files.put(INDEX, Gzip.compress(new Bytes().u8(1).varint(manifestJson.length).bytes(manifestJson)
                .bytes(DocumentTables.facetsRaw(docs, facets)).toByteArray()));
        return files;
    }

}
