package org.clausebook.bench;

import org.clausebook.testing.TestSites;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Random;

/**
 * Writes a synthetic Clausebook project for benchmarks: the real configuration, schema, templates and assets,
 * and {@code files} content files, spread over criteria and clauses in all eight languages (one source and seven
 * translations per item), about 400 words each, with related links and a frozen earlier version per tenth item.
 *
 * <p>Usage: {@code java -cp target/test-classes:target/clausebook.jar org.clausebook.bench.SyntheticSite DIR FILES}
 */
public final class SyntheticSite {
    private static final List<String> LANGS = List.of("en", "nl", "nb", "da", "sv", "fi", "fr", "de");
    private static final String[] WORDS = ("supplier contractor warranty repair battery spare parts labour rights "
            + "factory audit monitoring transparency recycling reuse collection device smartphone laptop tablet "
            + "minerals cobalt tin tantalum tungsten gold due diligence remedy worker association union wage hours "
            + "safety chemicals certification label verification evidence report contract tender award criterion "
            + "clause specification selection performance management lifecycle refurbished second life update "
            + "software security support years modular design accessories charger headphones packaging").split(" ");

    private SyntheticSite() {
    }

    public static void main(String[] args) throws IOException {
        Path dir = Paths.get(args[0]).toAbsolutePath();
        int files = Integer.parseInt(args[1]);
        write(dir, files);
        System.out.println("Wrote " + files + " content files to " + dir);
    }

    public static void write(Path dir, int files) throws IOException {
        TestSites.copyProjectFrame(dir);
        Random random = new Random(42);
        int items = Math.max(1, files / LANGS.size());
        for (int i = 0; i < items; i++) {
            String section = i % 2 == 0 ? "criteria" : "clauses";
            String id = "synthetic-" + i;
            Path folder = dir.resolve("content").resolve(section).resolve(id);
            Files.createDirectories(folder);
            boolean history = i % 10 == 0;
            String version = history ? "2.0" : "1.0";
            for (String lang : LANGS) {
                boolean source = lang.equals("en");
                Files.writeString(folder.resolve(lang + ".md"), file(i, items, version, source, random), StandardCharsets.UTF_8);
            }
            if (history) {
                Files.createDirectories(folder.resolve("history"));
                Files.writeString(folder.resolve("history/1.0.en.md"), file(i, items, "1.0", true, random), StandardCharsets.UTF_8);
            }
        }
    }

    private static String file(int i, int items, String version, boolean source, Random random) {
        StringBuilder out = new StringBuilder("---\n");
        if (!source) {
            out.append("translation_of: \"").append(version).append("\"\n");
        }
        out.append("title: Synthetic item ").append(i).append(' ').append(words(random, 4)).append('\n')
                .append("summary: ").append(words(random, 25)).append(".\n")
                .append("date: 2026-0").append(1 + i % 9).append("-1").append(i % 10).append('\n');
        if (source) {
            out.append("version: \"").append(version).append("\"\nstatus: published\nambition: ")
                    .append(List.of("core", "advanced", "spearhead").get(i % 3)).append('\n')
                    .append("stages: [").append(List.of("selection", "award", "contract-performance").get(i % 3)).append("]\n")
                    .append("product_groups: [smartphones, laptops]\nthemes: [lifespan]\nlifecycle: [use]\n")
                    .append("related: [synthetic-").append((i + 1) % items).append("]\n")
                    .append("sources:\n  - title: Synthetic source\n    publisher: Benchmark\n")
                    .append("changes:\n  - version: \"").append(version).append("\"\n    date: 2026-01-01\n    note: Synthetic.\n");
            if (version.equals("2.0")) {
                out.append("  - version: \"1.0\"\n    date: 2025-01-01\n    note: Synthetic.\n");
            }
        }
        out.append("tender_text: |\n  ").append(words(random, 80)).append(".\n")
                .append("verification: |\n  ").append(words(random, 40)).append(".\n---\n");
        for (int p = 0; p < 3; p++) {
            out.append("## ").append(words(random, 3)).append("\n\n").append(words(random, 85)).append(".\n\n");
        }
        return out.toString();
    }

    private static String words(Random random, int n) {
        StringBuilder out = new StringBuilder();
        for (int w = 0; w < n; w++) {
            out.append(w == 0 ? "" : " ").append(WORDS[random.nextInt(WORDS.length)]);
        }
        return out.toString();
    }
}
