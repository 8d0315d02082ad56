package org.clausebook.search;

import org.clausebook.testing.TestSites;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A synthetic Clausebook project for the search benchmark: the repository's configuration, schema, templates and
 * assets, and copies of the real criteria and clauses (every language they are written in) under new ids, their
 * words varied per language. About a fifth of the words are swapped for other words of the same language and a few
 * for made-up ones, so the vocabulary grows the way a real library's does. Links to other items are turned into
 * plain text and {@code related} is dropped, so every copy stands alone.
 */
final class SyntheticCorpus {
    private static final Pattern WORD = Pattern.compile("\\p{L}{4,}");
    private static final Pattern ITEM_LINK = Pattern.compile("\\[([^\\]]*)\\]\\(item:[^)]*\\)");
    private static final Pattern TEXT_KEY = Pattern.compile("^(title|summary): (.*)$");
    private static final Pattern BLOCK_KEY = Pattern.compile("^(tender_text|verification|body): \\|\\s*$");

    private SyntheticCorpus() {
    }

    /** One template item: its section, id and the files of its folder (relative path → text). */
    record Template(String section, String id, Map<String, String> files) {
    }

    /** Writes the project; returns the number of content files (= search pages: one per item and language). */
    static int write(Path repo, Path dir, int pages, long seed) throws IOException {
        TestSites.copyProjectFrame(dir);
        List<Template> templates = templates(repo);
        Map<String, List<String>> vocabulary = vocabulary(templates);
        Random random = new Random(seed);
        int written = 0;
        for (int copy = 0; written < pages; copy++) {
            for (Template t : templates) {
                if (written >= pages) {
                    break;
                }
                Path folder = dir.resolve("content").resolve(t.section()).resolve(t.id() + "-" + copy);
                for (Map.Entry<String, String> file : t.files().entrySet()) {
                    String lang = language(file.getKey());
                    Path target = folder.resolve(file.getKey());
                    Files.createDirectories(target.getParent());
                    Files.writeString(target, vary(file.getValue(), vocabulary.get(lang), random), StandardCharsets.UTF_8);
                    if (!file.getKey().startsWith("history/")) {
                        written++;
                    }
                }
            }
        }
        return written;
    }

    /** The criteria and clauses of the repository, with every file of their folders. */
    static List<Template> templates(Path repo) throws IOException {
        List<Template> out = new ArrayList<>();
        for (String section : List.of("criteria", "clauses")) {
            try (Stream<Path> items = Files.list(repo.resolve("content").resolve(section))) {
                for (Path item : items.sorted().toList()) {
                    Map<String, String> files = new TreeMap<>();
                    try (Stream<Path> walk = Files.walk(item)) {
                        for (Path f : walk.filter(p -> p.toString().endsWith(".md")).sorted().toList()) {
                            files.put(item.relativize(f).toString().replace('\\', '/'), Files.readString(f));
                        }
                    }
                    out.add(new Template(section, item.getFileName().toString(), files));
                }
            }
        }
        return out;
    }

    /** "de.md" → de, "history/1.0.en.md" → en. */
    static String language(String file) {
        String name = file.substring(file.lastIndexOf('/') + 1);
        String[] parts = name.split("\\.");
        return parts[parts.length - 2];
    }

    static Map<String, List<String>> vocabulary(List<Template> templates) {
        Map<String, java.util.TreeSet<String>> words = new TreeMap<>();
        for (Template t : templates) {
            t.files().forEach((file, text) -> {
                Matcher m = WORD.matcher(text.substring(text.indexOf("\n---", 3) + 4));
                var set = words.computeIfAbsent(language(file), k -> new java.util.TreeSet<>());
                while (m.find()) {
                    set.add(m.group());
                }
            });
        }
        Map<String, List<String>> out = new TreeMap<>();
        words.forEach((lang, set) -> out.put(lang, List.copyOf(set)));
        return out;
    }

    /** The file with its text varied: title, summary, tender text, verification and body; never a YAML key. */
    static String vary(String file, List<String> vocabulary, Random random) {
        StringBuilder out = new StringBuilder();
        String[] lines = ITEM_LINK.matcher(file).replaceAll("$1").split("\n", -1);
        int fences = 0;
        boolean inBlock = false;
        for (String line : lines) {
            if (line.equals("---")) {
                fences++;
                inBlock = false;
                out.append(line).append('\n');
                continue;
            }
            if (fences == 1) {
                if (line.startsWith("related:") || line.matches("\\s+hash: [0-9a-f]{64}")) {
                    continue; // varied text no longer has its released hash: leave the version lock out
                }
                Matcher key = TEXT_KEY.matcher(line);
                if (key.matches()) {
                    String extra = key.group(1).equals("title") ? " " + vocabulary.get(random.nextInt(vocabulary.size())) : "";
                    String value = words(key.group(2), vocabulary, random) + extra;
                    int longest = key.group(1).equals("title") ? 160 : 400; // the schema's longest title and summary
                    if (value.length() > longest) {
                        value = value.substring(0, value.lastIndexOf(' ', longest));
                    }
                    out.append(key.group(1)).append(": ").append(value).append('\n');
                    inBlock = false;
                    continue;
                }
                if (!line.startsWith(" ") && !line.isEmpty()) {
                    inBlock = BLOCK_KEY.matcher(line).matches();
                    out.append(line).append('\n');
                    continue;
                }
                out.append(inBlock ? words(line, vocabulary, random) : line).append('\n');
            } else {
                out.append(fences >= 2 ? words(line, vocabulary, random) : line).append('\n');
            }
        }
        return out.substring(0, out.length() - 1);
    }

    private static String words(String text, List<String> vocabulary, Random random) {
        Matcher m = WORD.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            double r = random.nextDouble();
            String word = m.group();
            if (r < 0.03) {
                String base = vocabulary.get(random.nextInt(vocabulary.size()));
                word = base + base.charAt(random.nextInt(base.length())) + (char) ('a' + random.nextInt(26));
            } else if (r < 0.23) {
                word = vocabulary.get(random.nextInt(vocabulary.size()));
            }
            m.appendReplacement(out, Matcher.quoteReplacement(word));
        }
        m.appendTail(out);
        return out.toString();
    }
}
