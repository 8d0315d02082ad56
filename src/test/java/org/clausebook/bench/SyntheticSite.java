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
 * and about {@code files} content files, spread over criteria and clauses in all eight languages. Each text has
 * what real ones have: headings, a bulleted and a numbered list, a table, bold text, {@code [placeholders]},
 * {@code item:} links to other items and an external link; about 500 words. Every tenth item has a frozen earlier
 * version (a history file in each of its languages); every fifth item is untranslated in five languages (its
 * pages there fall back to the source text, as in a real library where translation lags).
 *
 * <p>Usage: {@code java -cp target/test-classes:target/clausebook.jar org.clausebook.bench.SyntheticSite DIR FILES}
 */
public final class SyntheticSite {
    static final List<String> LANGS = List.of("en", "nl", "nb", "da", "sv", "fi", "fr", "de");
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
        int written = write(dir, files);
        System.out.println("Wrote " + written + " content files to " + dir);
    }

    /** @return the number of content files written */
    public static int write(Path dir, int files) throws IOException {
        TestSites.copyProjectFrame(dir);
        Random random = new Random(42);
        // 4 of 5 items have 8 files (+8 with a history), 1 of 5 has 3 (+3): about 7.6 files per item.
        int items = Math.max(2, (int) Math.round(files / 7.6));
        int written = 0;
        for (int i = 0; i < items; i++) {
            String section = i % 2 == 0 ? "criteria" : "clauses";
            String id = "synthetic-" + i;
            Path folder = dir.resolve("content").resolve(section).resolve(id);
            Files.createDirectories(folder);
            boolean history = i % 10 == 0;
            List<String> langs = i % 5 == 4 ? LANGS.subList(0, 3) : LANGS;
            String version = history ? "2.0" : "1.0";
            for (String lang : langs) {
                boolean source = lang.equals("en");
                Files.writeString(folder.resolve(lang + ".md"), file(i, items, version, source, random), StandardCharsets.UTF_8);
                written++;
                if (history) {
                    Files.createDirectories(folder.resolve("history"));
                    Files.writeString(folder.resolve("history/1.0." + lang + ".md"), file(i, items, "1.0", source, random),
                            StandardCharsets.UTF_8);
                    written++;
                }
            }
        }
        return written;
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
                    .append("product_groups: [").append(List.of("smartphones, laptops", "tablets", "monitors, desktops", "servers")
                            .get(i % 4)).append("]\nthemes: [").append(List.of("lifespan", "repair", "labour-rights").get(i % 3))
                    .append("]\nlifecycle: [use]\n")
                    .append("related: [synthetic-").append((i + 1) % items).append("]\n")
                    .append("sources:\n  - title: Synthetic source\n    publisher: Benchmark\n")
                    .append("changes:\n  - version: \"").append(version).append("\"\n    date: 2026-01-01\n    note: Synthetic.\n");
            if (version.equals("2.0")) {
                out.append("  - version: \"1.0\"\n    date: 2025-01-01\n    note: Synthetic.\n");
            }
        }
        String other = "item:synthetic-" + (i + 7) % items;
        out.append("tender_text: |\n  **Minimum requirement.** ").append(words(random, 30)).append(" within [30] days.\n\n")
                .append("  1. ").append(words(random, 12)).append(";\n  2. ").append(words(random, 10)).append(" [the buyer's portal];\n")
                .append("  3. ").append(words(random, 14)).append(".\n\n  ").append(words(random, 20))
                .append(", see [the related requirement](").append(other).append(").\n")
                .append("verification: |\n  ").append(words(random, 40)).append(".\n\n  - ").append(words(random, 8))
                .append(";\n  - ").append(words(random, 9)).append(".\n---\n");
        for (int p = 0; p < 3; p++) {
            out.append("## ").append(words(random, 3)).append("\n\n").append(words(random, 60))
                    .append(", as in [").append(words(random, 2)).append("](item:synthetic-").append((i + p + 1) % items)
                    .append(").\n\n");
            if (p == 0) {
                out.append("- ").append(words(random, 8)).append("\n- **").append(words(random, 2)).append("**: ")
                        .append(words(random, 10)).append("\n- ").append(words(random, 7)).append("\n\n");
            } else if (p == 1) {
                out.append("| Requirement | Evidence | Points |\n|---|---|---|\n");
                for (int r = 0; r < 4; r++) {
                    out.append("| ").append(words(random, 4)).append(" | ").append(words(random, 5)).append(" | ")
                            .append(r + 1).append(" |\n");
                }
                out.append('\n');
            } else {
                out.append("### ").append(words(random, 2)).append("\n\n").append(words(random, 30))
                        .append(" ([guidance](https://example.com/guidance/").append(i).append(")).\n\n");
            }
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
