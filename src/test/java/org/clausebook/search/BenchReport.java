package org.clausebook.search;

import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;

/** Prints the benchmark's table: Clausebook's search beside Pagefind's, then per language. */
final class BenchReport {
    private BenchReport() {
    }

    static void print(int pages, long ourMillis, long exportMillis, long pagefindMillis, SearchBench.IndexSize ours, SearchBench.IndexSize theirs,
                      List<BenchBrowser.Cost> ourCosts, List<BenchBrowser.Cost> pagefindCosts, int[] parity) {
        System.out.println();
        System.out.printf(Locale.ROOT, "Search benchmark: %d pages in 8 languages, %d queries (headless Chromium, gzip host)%n%n",
                pages, ourCosts.size());
        row("", "Clausebook (Lucene export)", "Pagefind");
        row("---", "---", "---");
        row("index build time (build stage; Lucene + export)", ourMillis + " ms; " + exportMillis + " ms", pagefindMillis + " ms");
        row("index files", String.valueOf(ours.files()), String.valueOf(theirs.files()));
        row("index size on disk", kb(ours.disk()), kb(theirs.disk()));
        row("index size raw / gzip", kb(ours.raw()) + " / " + kb(ours.gzip()), kb(theirs.raw()) + " / " + kb(theirs.gzip()));
        row("bytes per query, cold: median / mean", kb(median(ourCosts, c -> c.coldBytes())) + " / " + kb(mean(ourCosts, c -> c.coldBytes())),
                kb(median(pagefindCosts, c -> c.coldBytes())) + " / " + kb(mean(pagefindCosts, c -> c.coldBytes())));
        row("requests per query, cold: mean", fmt(mean(ourCosts, c -> c.coldRequests())), fmt(mean(pagefindCosts, c -> c.coldRequests())));
        row("bytes per query, warm: median / mean", kb(median(ourCosts, c -> c.warmBytes())) + " / " + kb(mean(ourCosts, c -> c.warmBytes())),
                kb(median(pagefindCosts, c -> c.warmBytes())) + " / " + kb(mean(pagefindCosts, c -> c.warmBytes())));
        row("time to results, cached: median / p95 / max", millis(ourCosts), millis(pagefindCosts));
        row("parity with Lucene (top 10, float bits, count)", parity[0] + " / " + parity[1], "-");
        System.out.printf(Locale.ROOT, "%nOurs / Pagefind bytes per query: cold %.2f, warm %.2f (mean)%n",
                mean(ourCosts, c -> c.coldBytes()) / mean(pagefindCosts, c -> c.coldBytes()),
                mean(ourCosts, c -> c.warmBytes()) / Math.max(1, mean(pagefindCosts, c -> c.warmBytes())));
        System.out.println("\nPer language, mean bytes per query cold / warm:");
        for (String lang : ourCosts.stream().map(BenchBrowser.Cost::lang).distinct().toList()) {
            List<BenchBrowser.Cost> o = ourCosts.stream().filter(c -> c.lang().equals(lang)).toList();
            List<BenchBrowser.Cost> t = pagefindCosts.stream().filter(c -> c.lang().equals(lang)).toList();
            System.out.printf(Locale.ROOT, "  %s  ours %s / %s   pagefind %s / %s   queries %s%n", lang,
                    kb(mean(o, c -> c.coldBytes())), kb(mean(o, c -> c.warmBytes())), kb(mean(t, c -> c.coldBytes())),
                    kb(mean(t, c -> c.warmBytes())), o.stream().map(BenchBrowser.Cost::query).toList());
        }
        System.out.println("\nPer query (English; the warm column is in typing order, so each prefix adds to the last):");
        System.out.println("| query | ours cold | ours requests | ours warm | ours ms | Pagefind cold | Pagefind requests | Pagefind warm |");
        System.out.println("| --- | --- | --- | --- | --- | --- | --- | --- |");
        List<BenchBrowser.Cost> en = ourCosts.stream().filter(c -> c.lang().equals("en")).toList();
        List<BenchBrowser.Cost> enTheirs = pagefindCosts.stream().filter(c -> c.lang().equals("en")).toList();
        for (int i = 0; i < en.size() && i < enTheirs.size(); i++) {
            BenchBrowser.Cost o = en.get(i);
            BenchBrowser.Cost t = enTheirs.get(i);
            System.out.printf(Locale.ROOT, "| %s | %s | %d | %s | %.1f | %s | %d | %s |%n", o.query(), kb(o.coldBytes()),
                    o.coldRequests(), kb(o.warmBytes()), o.warmMillis(), kb(t.coldBytes()), t.coldRequests(), kb(t.warmBytes()));
        }
    }

    private static void row(String what, String ours, String theirs) {
        System.out.printf(Locale.ROOT, "| %-46s | %-28s | %-24s |%n", what, ours, theirs);
    }

    private static String millis(List<BenchBrowser.Cost> costs) {
        double[] ms = costs.stream().mapToDouble(BenchBrowser.Cost::warmMillis).sorted().toArray();
        return String.format(Locale.ROOT, "%.1f / %.1f / %.1f ms", ms[ms.length / 2], ms[(int) Math.ceil(ms.length * 0.95) - 1],
                ms[ms.length - 1]);
    }

    private static double mean(List<BenchBrowser.Cost> costs, ToDoubleFunction<BenchBrowser.Cost> f) {
        return costs.stream().mapToDouble(f).average().orElse(0);
    }

    private static double median(List<BenchBrowser.Cost> costs, ToDoubleFunction<BenchBrowser.Cost> f) {
        double[] v = costs.stream().mapToDouble(f).sorted().toArray();
        return v.length == 0 ? 0 : v[v.length / 2];
    }

    private static String kb(double bytes) {
        return String.format(Locale.ROOT, "%.1f KB", bytes / 1024);
    }

    private static String fmt(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }

}
