package org.clausebook.search;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.store.ByteBuffersDirectory;

import java.io.Closeable;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The Lucene index of one language, built in memory: one segment, documents in a fixed order (by item id), so
 * doc ids are stable and equal to the position of a document in {@link #documents()}. The export reads its terms,
 * postings, norms and statistics; {@link #search} is what the browser must agree with.
 */
public final class LanguageIndex implements Closeable {
    /** Stored field with the item id, used to check that doc ids are what the export assumes. */
    static final String ID_FIELD = "id";

    private final String lang;
    private final SearchAnalyzer analyzer;
    private final List<SearchDocument> documents;
    private final ByteBuffersDirectory directory;
    private final DirectoryReader reader;
    private final IndexSearcher searcher;
    private final List<Synonyms.Group> synonyms;
    private final TermDictionary dictionary;

    private LanguageIndex(String lang, SearchAnalyzer analyzer, List<SearchDocument> documents,
                          ByteBuffersDirectory directory, DirectoryReader reader, List<Synonyms.Raw> synonyms)
            throws IOException {
        this.lang = lang;
        this.analyzer = analyzer;
        this.synonyms = Synonyms.analyze(synonyms, analyzer, Expansion.DEFAULT);
        this.documents = documents;
        this.directory = directory;
        this.reader = reader;
        this.searcher = new IndexSearcher(reader);
        this.searcher.setSimilarity(similarity());
        this.searcher.setQueryCache(null);
        this.dictionary = new TermDictionary(IndexTerms.read(this), Surfaces.of(documents, analyzer));
    }

    /** BM25 with Lucene's defaults; the same instance type at index and at search time. */
    static BM25Similarity similarity() {
        return new BM25Similarity(SearchField.K1, SearchField.B);
    }

    /**
     * Indexes the documents of {@code lang} among {@code all} (others are ignored), fallbacks included: they are
     * analysed with {@code lang}'s chain like the rest, as the browser analyses queries in {@code lang}.
     */
    public static LanguageIndex build(String lang, List<SearchDocument> all) throws IOException {
        return build(lang, all, List.of());
    }

    /** As {@link #build(String, List)}, with the language's synonym groups applied to queries. */
    public static LanguageIndex build(String lang, List<SearchDocument> all, List<Synonyms.Raw> synonyms)
            throws IOException {
        LanguageProfile profile = LanguageProfile.of(lang);
        SearchAnalyzer analyzer = new SearchAnalyzer(profile);
        List<SearchDocument> docs = all.stream().filter(d -> d.lang().equals(lang))
                .sorted(Comparator.comparing(SearchDocument::id)).toList();
        ByteBuffersDirectory directory = new ByteBuffersDirectory();
        IndexWriterConfig config = new IndexWriterConfig(new SearchAnalyzer(profile,
                Compounds.dictionary(lang, docs, profile)))
                .setSimilarity(similarity())
                .setRAMBufferSizeMB(1024)
                .setMaxBufferedDocs(IndexWriterConfig.DISABLE_AUTO_FLUSH)
                .setUseCompoundFile(false);
        try (IndexWriter writer = new IndexWriter(directory, config)) {
            for (SearchDocument doc : docs) {
                writer.addDocument(luceneDocument(doc));
            }
            writer.forceMerge(1);
            writer.commit();
        }
        DirectoryReader reader = DirectoryReader.open(directory);
        LanguageIndex index = new LanguageIndex(lang, analyzer, docs, directory, reader, synonyms);
        index.checkDocIds();
        return index;
    }

    private static Document luceneDocument(SearchDocument doc) {
        Document out = new Document();
        out.add(new StringField(ID_FIELD, doc.id(), Field.Store.YES));
        for (SearchField field : SearchField.ALL) {
            String text = field.text().apply(doc);
            if (text != null && !text.isBlank()) {
                out.add(new TextField(field.name(), text, Field.Store.NO));
            }
        }
        return out;
    }

    private void checkDocIds() throws IOException {
        if (reader.leaves().size() > 1) {
            throw new IllegalStateException("search index of " + lang + " has " + reader.leaves().size() + " segments");
        }
        var stored = reader.storedFields();
        for (int doc = 0; doc < reader.maxDoc(); doc++) {
            String id = stored.document(doc).get(ID_FIELD);
            if (!id.equals(documents.get(doc).id())) {
                throw new IllegalStateException("doc " + doc + " of " + lang + " is " + id + ", expected " + documents.get(doc).id());
            }
        }
    }

    /** The top {@code n} hits for what a buyer typed, and the exact number of matches. */
    public SearchResult search(String text, int n) throws IOException {
        QueryPlan plan = QueryPlan.of(text, analyzer, dictionary, synonyms, Expansion.DEFAULT);
        Query query = SearchQuery.build(plan);
        TopDocs top = searcher.search(query, n);
        List<SearchHit> hits = new ArrayList<>();
        for (ScoreDoc sd : top.scoreDocs) {
            SearchDocument doc = documents.get(sd.doc);
            hits.add(new SearchHit(doc.id(), lang, doc.textLang(), sd.doc, sd.score));
        }
        return new SearchResult(hits, searcher.count(query), plan.correction());
    }

    /** The term dictionary the export writes as blocks and query expansion reads. */
    TermDictionary dictionary() {
        return dictionary;
    }

    /** The synonym groups as applied (analysed). */
    List<Synonyms.Group> synonyms() {
        return synonyms;
    }

    public String lang() {
        return lang;
    }

    public SearchAnalyzer analyzer() {
        return analyzer;
    }

    /** The indexed documents in doc-id order. */
    public List<SearchDocument> documents() {
        return documents;
    }

    IndexSearcher searcher() {
        return searcher;
    }

    /** The single segment, or null when the language has no documents. */
    LeafReader leaf() {
        return reader.leaves().isEmpty() ? null : reader.leaves().get(0).reader();
    }

    @Override
    public void close() throws IOException {
        reader.close();
        directory.close();
    }
}
