package org.clausebook.content;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Splits a file into its header and body. Two header forms are accepted: YAML between {@code ---} lines,
 * and JBake's {@code key=value} lines ended by a line of {@code ~~~~~~}.
 */
final class FrontMatterSplitter {

    /** The header text, where the body starts, and whether it was a JBake header. */
    record Split(String header, int headerLine, String body, int bodyLine, boolean jbake) {
    }

    private FrontMatterSplitter() {
    }

    static Optional<Split> split(String text) {
        String t = text.startsWith("\uFEFF") ? text.substring(1) : text;
        String[] lines = t.split("\n", -1);
        if (lines.length > 0 && lines[0].strip().equals("---")) {
            for (int i = 1; i < lines.length; i++) {
                if (lines[i].strip().equals("---")) {
                    return Optional.of(new Split(join(lines, 1, i), 2, join(lines, i + 1, lines.length), i + 2, false));
                }
            }
            return Optional.empty();
        }
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.matches("~{4,}")) {
                return Optional.of(new Split(join(lines, 0, i), 1, join(lines, i + 1, lines.length), i + 2, true));
            }
            if (!line.isEmpty() && !line.contains("=")) {
                break;
            }
        }
        return Optional.empty();
    }

    /**
     * Reads a JBake header into the same tree a YAML header gives. {@code tags} is comma-separated;
     * every other value is a string. Lines are recorded for messages.
     */
    static YamlTree jbakeTree(String header) {
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        Map<String, Integer> lines = new HashMap<>();
        String[] rows = header.split("\n", -1);
        for (int i = 0; i < rows.length; i++) {
            String row = rows[i].strip();
            int eq = row.indexOf('=');
            if (row.isEmpty() || eq < 0) {
                continue;
            }
            String key = row.substring(0, eq).strip();
            String value = row.substring(eq + 1).strip();
            if (key.equals("tags")) {
                var array = root.putArray(key);
                for (String tag : value.split(",")) {
                    if (!tag.isBlank()) {
                        array.add(tag.strip());
                    }
                }
            } else {
                root.put(key, value);
            }
            lines.put("/" + key, i + 1);
        }
        return new YamlTree(root, Map.copyOf(lines));
    }

    private static String join(String[] lines, int from, int to) {
        StringBuilder out = new StringBuilder();
        for (int i = from; i < to; i++) {
            if (i > from) {
                out.append('\n');
            }
            out.append(lines[i]);
        }
        return out.toString();
    }
}
