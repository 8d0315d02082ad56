package org.clausebook.search;

import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.da.DanishAnalyzer;
import org.apache.lucene.analysis.de.GermanAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.fi.FinnishAnalyzer;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.nl.DutchAnalyzer;
import org.apache.lucene.analysis.no.NorwegianAnalyzer;
import org.apache.lucene.analysis.sv.SwedishAnalyzer;
import org.tartarus.snowball.SnowballStemmer;
import org.tartarus.snowball.ext.DanishStemmer;
import org.tartarus.snowball.ext.DutchStemmer;
import org.tartarus.snowball.ext.EnglishStemmer;
import org.tartarus.snowball.ext.FinnishStemmer;
import org.tartarus.snowball.ext.FrenchStemmer;
import org.tartarus.snowball.ext.GermanStemmer;
import org.tartarus.snowball.ext.NorwegianStemmer;
import org.tartarus.snowball.ext.SwedishStemmer;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * What the analysis chain of one language is made of, as data the browser receives too (docs/search-format.md):
 * stopwords, elided articles, stem overrides and the name of the Snowball algorithm. The stopword lists are the
 * ones of Lucene's stock analyzer for the language; the stemmer is always Snowball, because Snowball has exact
 * JavaScript twins (Lucene's French and German light stemmers do not).
 *
 * @param lang          site language code
 * @param stemmer       Snowball algorithm name, as the JavaScript side names its module ("english", "dutch" …)
 * @param stopwords     sorted stopwords, removed after lowercasing (and elision)
 * @param elision       sorted articles stripped before an apostrophe ("l'achat" → "achat"); empty if none
 * @param stemOverrides words that get a fixed stem instead of the stemmer's (Dutch: Lucene's DutchAnalyzer dictionary)
 */
public record LanguageProfile(String lang, String stemmer, List<String> stopwords, List<String> elision,
                              SortedMap<String, String> stemOverrides) {

    public LanguageProfile {
        stopwords = List.copyOf(stopwords);
        elision = List.copyOf(elision);
        stemOverrides = Collections.unmodifiableSortedMap(new TreeMap<>(stemOverrides));
    }

    /** The profile of {@code lang}; throws for a language without one. */
    public static LanguageProfile of(String lang) {
        return switch (lang) {
            case "en" -> plain(lang, "english", EnglishAnalyzer.ENGLISH_STOP_WORDS_SET);
            case "nl" -> new LanguageProfile(lang, "dutch", sorted(DutchAnalyzer.getDefaultStopSet()), List.of(),
                    dutchOverrides());
            case "nb" -> plain(lang, "norwegian", NorwegianAnalyzer.getDefaultStopSet());
            case "da" -> plain(lang, "danish", DanishAnalyzer.getDefaultStopSet());
            case "sv" -> plain(lang, "swedish", SwedishAnalyzer.getDefaultStopSet());
            case "fi" -> plain(lang, "finnish", FinnishAnalyzer.getDefaultStopSet());
            case "fr" -> new LanguageProfile(lang, "french", sorted(FrenchAnalyzer.getDefaultStopSet()),
                    sorted(FrenchAnalyzer.DEFAULT_ARTICLES), new TreeMap<>());
            case "de" -> plain(lang, "german", GermanAnalyzer.getDefaultStopSet());
            default -> throw new IllegalArgumentException("no search analysis for language '" + lang + "'");
        };
    }

    /** A fresh Snowball stemmer of this language (stemmers are stateful: one per token stream). */
    public SnowballStemmer newStemmer() {
        return switch (stemmer) {
            case "english" -> new EnglishStemmer();
            case "dutch" -> new DutchStemmer();
            case "norwegian" -> new NorwegianStemmer();
            case "danish" -> new DanishStemmer();
            case "swedish" -> new SwedishStemmer();
            case "finnish" -> new FinnishStemmer();
            case "french" -> new FrenchStemmer();
            case "german" -> new GermanStemmer();
            default -> throw new IllegalStateException("unknown stemmer " + stemmer);
        };
    }

    /**
     * Lucene's DutchAnalyzer keeps four words from the Dutch stemmer (its DEFAULT_STEM_DICT, not public). They are
     * copied here so that our chain stems exactly as the stock analyzer does; a test compares the two.
     */
    private static SortedMap<String, String> dutchOverrides() {
        return new TreeMap<>(Map.of("fiets", "fiets", "bromfiets", "bromfiets", "ei", "eier", "kind", "kinder"));
    }

    private static LanguageProfile plain(String lang, String stemmer, CharArraySet stopwords) {
        return new LanguageProfile(lang, stemmer, sorted(stopwords), List.of(), new TreeMap<>());
    }

    private static List<String> sorted(CharArraySet set) {
        List<String> out = new ArrayList<>();
        for (Object word : set) {
            out.add(new String((char[]) word));
        }
        out.sort(null);
        return List.copyOf(out);
    }
}
