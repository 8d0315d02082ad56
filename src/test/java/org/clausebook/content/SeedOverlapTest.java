package org.clausebook.content;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The library is written in its own words: no file under {@code content/} may share a run of
 * {@value #RUN} consecutive words with one of the seed documents it was built from.
 *
 * <p>Text is normalised to lower case and split into words (runs of letters and digits, so punctuation, Markdown
 * and YAML syntax do not count); every run of {@value #RUN} words of a seed is a shingle, and a content file
 * fails when it contains one of them. Overlapping shingles are merged, so each copied passage is reported once,
 * with its file, the shared words and the seed.
 *
 * <p>The seeds are read from the folder in the system property {@code clausebook.seeds}, else from
 * {@code ../shared/seeds} next to the project root (Maven's working directory). The folder's {@code README}
 * describes the seeds rather than being one, and is not compared. A checkout without the folder skips the test.
 */
class SeedOverlapTest {
    static final int RUN = 12;
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

    @Test
    void noContentFileRepeatsTwelveWordsOfASeed() throws IOException {
        Path root = Paths.get("").toAbsolutePath();
        String configured = System.getProperty("clausebook.seeds");
        Path seedDir = configured != null && !configured.isBlank()
                ? Paths.get(configured).toAbsolutePath()
                : root.resolve("../shared/seeds").normalize();
        Assumptions.assumeTrue(Files.isDirectory(seedDir), "no seed folder at " + seedDir
                + " (set -Dclausebook.seeds=<folder>); the seed documents are not part of the repository, so the"
                + " own-words check cannot run here");

        Map<String, String> shingles = new HashMap<>();
        List<Path> seeds;
        try (Stream<Path> files = Files.list(seedDir)) {
            seeds = files.filter(Files::isRegularFile)
                    .filter(p -> !p.getFileName().toString().toUpperCase(Locale.ROOT).startsWith("README"))
                    .sorted().toList();
        }
        Assumptions.assumeFalse(seeds.isEmpty(), "the seed folder " + seedDir + " holds no seed documents");
        for (Path seed : seeds) {
            List<String> words = words(Files.readString(seed, StandardCharsets.UTF_8));
            for (int i = 0; i + RUN <= words.size(); i++) {
                shingles.putIfAbsent(String.join(" ", words.subList(i, i + RUN)), seed.getFileName().toString());
            }
        }

        List<String> findings = new ArrayList<>();
        List<Path> content;
        try (Stream<Path> files = Files.walk(root.resolve("content"))) {
            content = files.filter(Files::isRegularFile).filter(SeedOverlapTest::isText).sorted().toList();
        }
        for (Path file : content) {
            List<String> words = words(Files.readString(file, StandardCharsets.UTF_8));
            int i = 0;
            while (i + RUN <= words.size()) {
                String seed = shingles.get(String.join(" ", words.subList(i, i + RUN)));
                if (seed == null) {
                    i++;
                    continue;
                }
                int end = i + RUN;
                while (end < words.size() && shingles.containsKey(String.join(" ", words.subList(end - RUN + 1, end + 1)))) {
                    end++;
                }
                findings.add(root.relativize(file) + ": \"" + String.join(" ", words.subList(i, end)) + "\" (seed " + seed + ")");
                i = end;
            }
        }
        assertTrue(findings.isEmpty(), findings.size() + " passage(s) copied from the seeds; write them in the"
                + " library's own words or quote fewer than " + RUN + " words:\n  " + String.join("\n  ", findings));
    }

    private static boolean isText(Path file) {
        String name = file.getFileName().toString();
        return name.endsWith(".md") || name.endsWith(".yaml") || name.endsWith(".yml") || name.endsWith(".json")
                || name.endsWith(".txt");
    }

    static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        Matcher m = WORD.matcher(text.toLowerCase(Locale.ROOT));
        while (m.find()) {
            words.add(m.group());
        }
        return words;
    }
}
