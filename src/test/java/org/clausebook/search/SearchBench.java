package org.clausebook.search;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.clausebook.site.BuildOptions;
import org.clausebook.site.BuildResult;
import org.clausebook.site.SiteBuilder;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The search benchmark (bench/search-bench.sh): builds a synthetic site of N pages in eight languages, indexes it
 * with Pagefind too, and prints index build time, size, files, bytes per query and time to results for both, plus
 * Lucene/browser parity on the synthetic index. Not a test: it prints numbers.
 *
 * <p>Usage: {@code SearchBench WORK_DIR PAGEFIND_BINARY [PAGES]}
 */
public final class SearchBench {
    private SearchBench() {
    }

    public static void main(String[] args) throws Exception {
        Path work = Path.of(args[0]).toAbsolutePath();
        String pagefind = args[1];
        int pages = args.length > 2 ? Integer.parseInt(args[2]) : 10_000;
        Path project = work.resolve("project");
        Path site = work.resolve("site");
        int written = SyntheticCorpus.write(NodeScript.REPO, project, pages, 42);
        System.out.printf(Locale.ROOT, "Synthetic project: %d content files (search pages) in %s%n", written, project);

        BuildResult build;
        try {
            build = SiteBuilder.build(new BuildOptions(project, site, false), line -> { });
        } catch (org.clausebook.diagnostics.ContentException e) {
            e.problems().stream().limit(10).forEach(problem -> System.out.println(problem.format()));
            throw e;
        }
        long ourMillis = build.stages().stream().filter(s -> s.name().equals("search index"))
                .mapToLong(BuildResult.StageTime::millis).sum();
        System.out.printf(Locale.ROOT, "Built %d pages in %.1f s (search index stage %d ms)%n", build.pages(),
                build.totalMillis() / 1000.0, ourMillis);

        long start = System.nanoTime();
        Process p = new ProcessBuilder(pagefind, "--site", site.toString(), "--glob", "*/{criteria,clauses}/*/index.html",
                "--root-selector", "main", "--silent").inheritIO().start();
        if (p.waitFor() != 0) {
            throw new IllegalStateException("pagefind failed");
        }
        long pagefindMillis = (System.nanoTime() - start) / 1_000_000;

        IndexSize ours = IndexSize.of(site, List.of("search", "search.json"));
        IndexSize theirs = IndexSize.of(site, List.of("pagefind"));
        SearchFixture fixture = SearchFixture.load(project);
        fixture.export();
        long exportStart = System.nanoTime();
        fixture.export();
        long exportMillis = (System.nanoTime() - exportStart) / 1_000_000;
        Map<String, List<String>> queries = BenchQueries.of(fixture);

        List<BenchBrowser.Cost> ourCosts = new ArrayList<>();
        List<BenchBrowser.Cost> pagefindCosts = new ArrayList<>();
        try (Headless chromium = new Headless();
             StaticSite host = new StaticSite(site, true);
             StaticSite wasmHost = new StaticSite(site, true, StaticSite.CSP.replace("script-src 'self'",
                     "script-src 'self' 'wasm-unsafe-eval'"))) {
            for (String lang : fixture.config().languages()) {
                ourCosts.addAll(BenchBrowser.ours(chromium, host, lang, queries.get(lang)));
                pagefindCosts.addAll(BenchBrowser.pagefind(chromium, wasmHost, lang, queries.get(lang)));
            }
        }
        int[] parity = parity(fixture, site, queries);

        BenchReport.print(written, ourMillis, exportMillis, pagefindMillis, ours, theirs, ourCosts, pagefindCosts, parity);
    }

    /** {identical, total}: top-10 ids, float bits and counts of Lucene and the browser code on the synthetic index. */
    private static int[] parity(SearchFixture fixture, Path site, Map<String, List<String>> benchQueries) throws Exception {
        List<ParityQueries.Query> queries = new ArrayList<>();
        for (String lang : fixture.config().languages()) {
            benchQueries.get(lang).forEach(q -> queries.add(new ParityQueries.Query(lang, q)));
            queries.addAll(ParityQueries.generate(lang, fixture.documents(lang), 7));
        }
        Map<String, String> expected = new HashMap<>();
        for (String lang : fixture.config().languages()) {
            try (LanguageIndex index = fixture.index(lang)) {
                for (ParityQueries.Query q : queries) {
                    if (q.lang().equals(lang)) {
                        expected.put(lang + "\u0000" + q.q(), line(index.search(q.q(), 10)));
                    }
                }
            }
        }
        ObjectMapper json = new ObjectMapper();
        List<ParityTest.Answer> answers = json.readValue(NodeScript.run("parity.mjs", json.writeValueAsString(queries),
                NodeScript.ASSETS.toString(), site.toString()), new TypeReference<>() { });
        int same = 0;
        for (ParityTest.Answer a : answers) {
            StringBuilder line = new StringBuilder("count=" + a.count());
            a.hits().forEach(h -> line.append(' ').append(h.get("id")).append('/').append(h.get("bits")));
            if (line.toString().equals(expected.get(a.lang() + "\u0000" + a.q()))) {
                same++;
            } else {
                System.out.println("PARITY MISMATCH " + a.lang() + " [" + a.q() + "]\n  lucene  " + expected.get(a.lang()
                        + "\u0000" + a.q()) + "\n  browser " + line);
            }
        }
        return new int[] {same, answers.size()};
    }

    private static String line(SearchResult r) {
        StringBuilder out = new StringBuilder("count=" + r.count());
        r.hits().forEach(h -> out.append(' ').append(h.id()).append('/')
                .append(String.format(Locale.ROOT, "%08x", Float.floatToRawIntBits(h.score()))));
        return out.toString();
    }

    /** Files, bytes on disk, bytes uncompressed and bytes as served gzip, of some paths under a site. */
    record IndexSize(long files, long disk, long raw, long gzip) {
        static IndexSize of(Path site, List<String> paths) throws Exception {
            long files = 0;
            long disk = 0;
            long raw = 0;
            long gzip = 0;
            for (String name : paths) {
                Path root = site.resolve(name);
                List<Path> all;
                try (var walk = Files.walk(root)) {
                    all = walk.filter(Files::isRegularFile).toList();
                }
                for (Path f : all) {
                    byte[] bytes = Files.readAllBytes(f);
                    boolean gz = bytes.length > 2 && (bytes[0] & 0xff) == 0x1f && (bytes[1] & 0xff) == 0x8b;
                    files++;
                    disk += bytes.length;
                    raw += gz ? new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(bytes)).readAllBytes().length
                            : bytes.length;
                    gzip += gz ? bytes.length : Gzip.compress(bytes).length;
                }
            }
            return new IndexSize(files, disk, raw, gzip);
        }
    }
}
