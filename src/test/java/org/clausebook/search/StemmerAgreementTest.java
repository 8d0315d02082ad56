package org.clausebook.search;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.nl.DutchAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.tartarus.snowball.SnowballStemmer;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * For every language, the browser's analysis chain and its vendored Snowball stemmer give the same terms as
 * Lucene's, on the committed word list (src/test/resources/search/words/LANG.txt) plus every word of the shipped
 * content in that language.
 */
class StemmerAgreementTest {
    private static SearchFixture shipped;

    @BeforeAll
    static void load() throws Exception {
        shipped = SearchFixture.shipped();
    }

    /** Analysis as the manifest carries it. */
    record Input(Manifest.Analysis analysis, List<String> words) {
    }

    record Output(List<List<String>> terms, List<String> stems, List<List<List<Object>>> spans) {
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "nl", "nb", "da", "sv", "fi", "fr", "de"})
    void browserChainAgreesWithLucene(String lang) throws Exception {
        List<String> committed = committedWords(lang);
        List<String> corpus = ParityQueries.words(shipped.documents(lang));
        TreeSet<String> all = new TreeSet<>(committed);
        all.addAll(corpus);
        all.addAll(variants(lang, corpus));
        List<String> words = List.copyOf(all);
        LanguageProfile profile = LanguageProfile.of(lang);
        SearchAnalyzer analyzer = new SearchAnalyzer(profile);
        SnowballStemmer stemmer = profile.newStemmer();
        List<List<String>> terms = new ArrayList<>();
        List<String> stems = new ArrayList<>();
        for (String word : words) {
            terms.add(analyzer.terms(word));
            stemmer.setCurrent(lower(word));
            stemmer.stem();
            stems.add(stemmer.getCurrent());
        }
        Manifest.Analysis analysis = new Manifest.Analysis(Words.MAX_LENGTH, SearchQuery.MAX_LENGTH, profile.stemmer(),
                profile.stopwords(), profile.elision(), profile.stemOverrides());
        ObjectMapper json = new ObjectMapper();
        Output browser = json.readValue(NodeScript.run("analyze.mjs", json.writeValueAsString(new Input(analysis, words)),
                NodeScript.ASSETS.toString()), new TypeReference<>() { });
        List<String> differences = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            if (!terms.get(i).equals(browser.terms().get(i)) || !stems.get(i).equals(browser.stems().get(i))) {
                differences.add(words.get(i) + ": lucene " + terms.get(i) + " " + stems.get(i)
                        + ", browser " + browser.terms().get(i) + " " + browser.stems().get(i));
            }
        }
        assertTrue(differences.isEmpty(), differences.size() + " of " + words.size() + " words differ in " + lang + ":\n"
                + String.join("\n", differences.subList(0, Math.min(30, differences.size()))));
        assertTrue(committed.size() >= 200, lang + ": committed list has only " + committed.size() + " words");
        assertTrue(words.size() >= 10_000, lang + ": only " + words.size() + " words compared");
        System.out.printf("stemmer agreement %s: %d words (%d committed, %d from the content, the rest its words with "
                + "suffixes), 100%%%n", lang, words.size(), committed.size(), corpus.size());
    }

    /** Our Dutch chain is the stock DutchAnalyzer's (stopwords, stem overrides, Snowball Dutch) on plain words. */
    @ParameterizedTest
    @ValueSource(strings = {"nl"})
    void dutchChainMatchesLucenesDutchAnalyzer(String lang) throws Exception {
        TreeSet<String> words = new TreeSet<>(committedWords(lang));
        words.addAll(ParityQueries.words(shipped.documents(lang)));
        SearchAnalyzer ours = new SearchAnalyzer(LanguageProfile.of(lang));
        int compared = 0;
        try (Analyzer stock = new DutchAnalyzer()) {
            for (String word : words) {
                if (word.chars().allMatch(Character::isLetter)) {
                    assertEquals(stockTerms(stock, word), ours.terms(word), word);
                    compared++;
                }
            }
        }
        assertTrue(compared > 500, "compared " + compared);
        assertEquals(List.of("fiets"), ours.terms("fietsen"));
        assertEquals(List.of("kinder"), ours.terms("kinderen"));
        assertEquals(ours.terms("leverancier"), ours.terms("leveranciers"));
    }

    private static List<String> stockTerms(Analyzer analyzer, String text) throws Exception {
        List<String> out = new ArrayList<>();
        try (TokenStream ts = analyzer.tokenStream("f", text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                out.add(term.toString());
            }
            ts.end();
        }
        return out;
    }

    /** Endings that exercise each stemmer's suffix rules, added to the content's words to make more test words. */
    private static final Map<String, List<String>> SUFFIXES = Map.of(
            "en", List.of("s", "es", "ed", "ing", "ly", "ness", "ment", "ation", "ies", "er", "est", "ful", "ous", "ive",
                    "ize", "al", "ity", "ability", "'s"),
            "nl", List.of("en", "s", "e", "heden", "ing", "ingen", "lijk", "baar", "tje", "tjes", "ste", "er", "ën"),
            "nb", List.of("en", "et", "ene", "er", "ers", "ens", "elig", "het", "heten", "ing", "ingen", "ane", "ast"),
            "da", List.of("en", "et", "ene", "er", "erne", "ens", "hed", "heden", "ing", "ende", "elig", "ernes", "ests"),
            "sv", List.of("en", "et", "er", "erna", "ar", "arna", "or", "orna", "het", "heten", "ning", "ande", "ades"),
            "fi", List.of("n", "a", "ssa", "sta", "lla", "lta", "lle", "ksi", "t", "ien", "ja", "ista", "inen", "kin",
                    "ko", "mme", "nne", "isiin", "lleen"),
            "fr", List.of("s", "e", "es", "ement", "ements", "ation", "ations", "ité", "ités", "euse", "euses", "ique",
                    "iques", "aient", "ons", "èrent", "issement"),
            "de", List.of("e", "en", "er", "ern", "es", "s", "ung", "ungen", "heit", "keit", "lich", "isch", "chen",
                    "ischen", "nis", "ß"));

    private static List<String> variants(String lang, List<String> words) {
        List<String> out = new ArrayList<>();
        for (String word : words) {
            if (word.chars().allMatch(Character::isLetter) && word.length() > 2) {
                for (String suffix : SUFFIXES.get(lang)) {
                    out.add(word + suffix);
                }
            }
        }
        return out;
    }

    /** Java's Character.toLowerCase per code point, as Lucene's LowerCaseFilter. */
    private static String lower(String word) {
        StringBuilder out = new StringBuilder();
        word.codePoints().map(Character::toLowerCase).forEach(out::appendCodePoint);
        return out.toString();
    }

    static List<String> committedWords(String lang) throws Exception {
        TreeSet<String> out = new TreeSet<>();
        for (String line : Files.readAllLines(NodeScript.SCRIPTS.resolve("words").resolve(lang + ".txt"), StandardCharsets.UTF_8)) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            for (Words.Span s = Words.next(line, 0); s != null; s = Words.next(line, s.end())) {
                out.add(line.substring(s.start(), s.end()));
            }
        }
        return List.copyOf(out);
    }

}
