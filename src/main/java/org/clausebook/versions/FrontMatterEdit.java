package org.clausebook.versions;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Line edits of a YAML front matter that keep everything else of the file as it was written: comments, order,
 * quoting. Only the top-level {@code version} and {@code date} and the entries of {@code changes} are touched.
 */
final class FrontMatterEdit {
    private final List<String> lines;

    FrontMatterEdit(String text) {
        this.lines = new ArrayList<>(Arrays.asList(text.split("\n", -1)));
        if (lines.isEmpty() || !lines.get(0).strip().equals("---")) {
            throw new IllegalArgumentException("the file has no YAML front matter between --- lines; bump and lock edit YAML headers only.");
        }
        if (currentEnd() < 0) {
            throw new IllegalArgumentException("the front matter has no closing --- line.");
        }
    }

    String text() {
        return String.join("\n", lines);
    }

    /** Replaces the value of a top-level scalar key, e.g. {@code version: "2.0"}. */
    FrontMatterEdit set(String key, String yamlValue) {
        int i = top(key).orElseThrow(() -> new IllegalArgumentException("the front matter has no top-level '" + key + "'."));
        lines.set(i, key + ": " + yamlValue);
        return this;
    }

    /** Adds an entry at the top of {@code changes} (creating the list before {@code tender_text} if it is missing). */
    FrontMatterEdit addChange(String version, LocalDate date, String note, String hash) {
        Optional<int[]> list = changes();
        String indent = list.map(l -> " ".repeat(l[1])).orElse("  ");
        List<String> entry = List.of(indent + "- version: " + quote(version), indent + "  date: " + date,
                indent + "  note: " + quote(note), indent + "  hash: " + hash);
        if (list.isPresent()) {
            lines.addAll(list.get()[0] + 1, entry);
        } else {
            int at = top("tender_text").orElse(currentEnd());
            List<String> block = new ArrayList<>(List.of("changes:"));
            block.addAll(entry);
            lines.addAll(at, block);
        }
        return this;
    }

    /**
     * Sets the hash of the entry of {@code version} in {@code changes}; false when there is no such entry.
     */
    boolean setHash(String version, String hash) {
        Optional<int[]> list = changes();
        if (list.isEmpty()) {
            return false;
        }
        int indent = list.get()[1];
        Pattern start = Pattern.compile("^ {" + indent + "}- version: ['\"]?" + Pattern.quote(version) + "['\"]?\\s*$");
        for (int i = list.get()[0] + 1; i < currentEnd(); i++) {
            if (!start.matcher(lines.get(i)).matches()) {
                continue;
            }
            int j = i + 1;
            while (j < currentEnd() && lines.get(j).startsWith(" ".repeat(indent + 2)) ) {
                if (lines.get(j).startsWith(" ".repeat(indent + 2) + "hash:")) {
                    lines.set(j, " ".repeat(indent + 2) + "hash: " + hash);
                    return true;
                }
                j++;
            }
            lines.add(j, " ".repeat(indent + 2) + "hash: " + hash);
            return true;
        }
        return false;
    }

    /** The line of {@code changes:} and the indentation of its entries, if the list exists and uses block style. */
    private Optional<int[]> changes() {
        return top("changes").map(i -> {
            if (!lines.get(i).strip().equals("changes:")) {
                throw new IllegalArgumentException("'changes' must be a block list (one '- version:' entry per line) for bump and lock to edit it.");
            }
            String next = i + 1 < currentEnd() ? lines.get(i + 1) : "";
            int indent = next.indexOf("- ");
            return new int[]{i, indent < 0 || !next.strip().startsWith("- ") ? 2 : indent};
        });
    }

    private Optional<Integer> top(String key) {
        for (int i = 1; i < currentEnd(); i++) {
            if (lines.get(i).startsWith(key + ":")) {
                return Optional.of(i);
            }
        }
        return Optional.empty();
    }

    /** The line of the closing {@code ---}, or -1. */
    private int currentEnd() {
        for (int i = 1; i < lines.size(); i++) {
            if (lines.get(i).strip().equals("---")) {
                return i;
            }
        }
        return -1;
    }

    static String quote(String value) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : value.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\t' -> out.append("\\t");
                default -> out.append(c);
            }
        }
        return out.append('"').toString();
    }
}
