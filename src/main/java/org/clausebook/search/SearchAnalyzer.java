package org.clausebook.search;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.compound.DictionaryCompoundWordTokenFilter;
import org.apache.lucene.analysis.miscellaneous.StemmerOverrideFilter;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.util.ElisionFilter;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The analysis chain of one language, used for indexing and for queries alike, and reproduced step by step by
 * assets/search/analyzer.js: {@link WordTokenizer} → lowercase (per code point, {@link Character#toLowerCase(int)})
 * → elision (French) → stopwords → stem overrides (Dutch) → Snowball stemmer. The index analyzer of a compounding
 * language ({@link Compounds}) also splits compounds after elision: "akkulaufzeit" is indexed as itself and, at the
 * same position, as "akku" and "laufzeit" (Lucene's {@link DictionaryCompoundWordTokenFilter}, dictionary built from
 * the library's own words). Queries are never decompounded: a part typed alone finds the compounds that hold it.
 */
public final class SearchAnalyzer extends Analyzer {
    private final LanguageProfile profile;
    private final CharArraySet stopwords;
    private final CharArraySet elision;
    private final StemmerOverrideFilter.StemmerOverrideMap overrides;
    private final CharArraySet compoundParts;

    /** The query analyzer (no decompounding). */
    public SearchAnalyzer(LanguageProfile profile) {
        this(profile, java.util.Set.of());
    }

    /** An index analyzer that splits compounds into {@code compoundParts} (none: no splitting). */
    public SearchAnalyzer(LanguageProfile profile, java.util.Set<String> compoundParts) {
        this.profile = profile;
        this.compoundParts = compoundParts.isEmpty() ? null
                : CharArraySet.unmodifiableSet(new CharArraySet(compoundParts, false));
        this.stopwords = CharArraySet.unmodifiableSet(new CharArraySet(profile.stopwords(), false));
        this.elision = CharArraySet.unmodifiableSet(new CharArraySet(profile.elision(), false));
        try {
            StemmerOverrideFilter.Builder builder = new StemmerOverrideFilter.Builder(false);
            for (Map.Entry<String, String> e : profile.stemOverrides().entrySet()) {
                builder.add(e.getKey(), e.getValue());
            }
            this.overrides = profile.stemOverrides().isEmpty() ? null : builder.build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public LanguageProfile profile() {
        return profile;
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer source = new WordTokenizer();
        TokenStream result = new LowerCaseFilter(source);
        if (!elision.isEmpty()) {
            result = new ElisionFilter(result, elision);
        }
        if (compoundParts != null) {
            result = new DictionaryCompoundWordTokenFilter(result, compoundParts, Compounds.MIN_WORD,
                    Compounds.MIN_PART, Compounds.MAX_PART, true);
            result = new Compounds.DropRepeats(result);
        }
        result = new StopFilter(result, stopwords);
        if (overrides != null) {
            result = new StemmerOverrideFilter(result, overrides);
        }
        result = new SnowballFilter(result, profile.newStemmer());
        return new TokenStreamComponents(source, result);
    }

    /** The terms {@code text} is indexed (or searched) as, in order. */
    public List<String> terms(String text) {
        List<String> out = new ArrayList<>();
        try (TokenStream stream = tokenStream("", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                out.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
