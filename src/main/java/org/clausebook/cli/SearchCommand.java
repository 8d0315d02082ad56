package org.clausebook.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.clausebook.diagnostics.ContentException;
import org.clausebook.diagnostics.ProblemFormat;
import org.clausebook.search.LanguageIndex;
import org.clausebook.search.SearchHit;
import org.clausebook.search.SearchResult;
import org.clausebook.site.SearchDocuments;
import org.clausebook.site.SiteBuilder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

@Command(name = "search", mixinStandardHelpOptions = true, description = "Searches the Lucene index of one language as the site's search page does and "
        + "prints the top hits (id, language, score) as JSON, to compare with what the browser shows.")
final class SearchCommand implements Callable<Integer> {
    @Mixin
    SourceOption source;

    @Option(names = "--lang", paramLabel = "L", required = true, description = "Language of the index to search.")
    String lang;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "10", description = "Number of hits (default: 10).")
    int limit;

    @Parameters(arity = "1..*", paramLabel = "QUERY", description = "What a buyer would type.")
    List<String> query;

    /** One hit; {@code scoreBits} is the float's raw bits in hex, the exact value the browser must match. */
    record Hit(String id, String lang, float score, String scoreBits) {
    }

    record Output(String lang, String query, int count, List<Hit> hits, String correction) {
    }

    @Override
    public Integer call() throws Exception {
        var ctx = loadOrNull();
        if (ctx == null) {
            return Main.CONTENT_ERRORS;
        }
        if (!ctx.model().config().languages().contains(lang)) {
            System.err.println("error: --lang must be one of " + ctx.model().config().languages() + ", not '" + lang + "'.");
            return 2;
        }
        String text = String.join(" ", query);
        var synonyms = org.clausebook.search.Synonyms.load(source.dir(), List.of(lang)).getOrDefault(lang, List.of());
        try (LanguageIndex index = LanguageIndex.build(lang, SearchDocuments.from(ctx), synonyms)) {
            SearchResult result = index.search(text, Math.max(1, limit));
            List<Hit> hits = result.hits().stream().map(SearchCommand::hit).toList();
            ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
            System.out.println(json.writeValueAsString(new Output(lang, text, result.count(), hits, result.correction())));
        }
        return 0;
    }

    private static Hit hit(SearchHit h) {
        return new Hit(h.id(), h.lang(), h.score(), String.format(Locale.ROOT, "%08x", Float.floatToRawIntBits(h.score())));
    }

    private org.clausebook.render.RenderContext loadOrNull() {
        try {
            return SiteBuilder.check(source.dir(), false, "check");
        } catch (ContentException e) {
            System.err.print(ProblemFormat.TEXT.render(e.problems()));
            return null;
        }
    }
}
