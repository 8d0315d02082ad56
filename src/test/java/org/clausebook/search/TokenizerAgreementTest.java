package org.clausebook.search;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Texts at the edges of the tokenizer and lowercasing (punctuation inside words, apostrophes, combining marks,
 * characters outside the BMP, scripts without case, Turkish İ, Greek sigma, over-long words) give the same words,
 * offsets and terms in Lucene and in the browser.
 */
class TokenizerAgreementTest {
    private static final List<String> TEXTS = List.of(
            "e-waste ICT:n 6,000 3.5 [3] years; (a/b) x_y #tag @name",
            "l’achat L'Achat d'« achat » qu''il 'quoted' rock'n'roll ’tis o’ ’’",
            "İSTANBUL ΣΟΦΟΣ ΌΣΟΣ straße STRASSE ẞ Ǆemal ǅ Ĳssel ŒUVRE Éire",
            "naïve nai\u0308ve café cafe\u0301 \u0301lead",
            "\uD835\uDD18\uD835\uDD2B\uD835\uDD26 😀 emoji 🇪🇺 flag \uD800 lone",
            "中文字 日本語 한국어 ไทย עברית العربية",
            "x²³ ½ Ⅻ ① ٣ ३",
            "\u00a0nbsp\u2009thin\u200bzwsp\u00adsoft\u2011hyphen",
            "a".repeat(256) + " after " + "b".repeat(255) + " end",
            "Garanties GARANTIEN leveranciers Leverancier fietsen Kinderen");

    record Input(Manifest.Analysis analysis, List<String> words) {
    }

    record Output(List<List<String>> terms, List<String> stems, List<List<List<Object>>> spans) {
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "nl", "fr", "de", "fi"})
    void browserSplitsAndLowercasesAsLucene(String lang) throws Exception {
        LanguageProfile profile = LanguageProfile.of(lang);
        SearchAnalyzer analyzer = new SearchAnalyzer(profile);
        List<List<List<Object>>> expected = new ArrayList<>();
        for (String text : TEXTS) {
            expected.add(spans(analyzer, text));
        }
        Manifest.Analysis analysis = new Manifest.Analysis(Words.MAX_LENGTH, SearchQuery.MAX_LENGTH, profile.stemmer(),
                profile.stopwords(), profile.elision(), profile.stemOverrides());
        ObjectMapper json = new ObjectMapper();
        Output browser = json.readValue(NodeScript.run("analyze.mjs", json.writeValueAsString(new Input(analysis, TEXTS)),
                NodeScript.ASSETS.toString()), new TypeReference<>() { });
        for (int i = 0; i < TEXTS.size(); i++) {
            assertEquals(expected.get(i).toString(), browser.spans().get(i).toString(), TEXTS.get(i));
        }
    }

    private static List<List<Object>> spans(SearchAnalyzer analyzer, String text) throws Exception {
        List<List<Object>> out = new ArrayList<>();
        try (TokenStream ts = analyzer.tokenStream("body", text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                out.add(List.of(offset.startOffset(), offset.endOffset(), term.toString()));
            }
            ts.end();
        }
        return out;
    }
}
