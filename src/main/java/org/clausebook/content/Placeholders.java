package org.clausebook.content;

import com.fasterxml.jackson.databind.JsonNode;
import org.clausebook.diagnostics.Problem;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The placeholders {@link Scaffold} writes into a new file ({@code TODO}, the country {@code XX}, the address
 * {@code https://example.org/}), refused in any file that is not a draft, with the line and field they are on.
 * The scaffold's other values (the first value of each list, today's date, the year) are real values and pass.
 */
final class Placeholders {
    private static final Pattern TODO = Pattern.compile("\\b" + Scaffold.PLACEHOLDER_WORD + "\\b");
    private static final String KEEP_DRAFT = "or keep status: draft until it is ready.";

    private Placeholders() {
    }

    static List<Problem> check(String file, FrontMatterSplitter.Split split, YamlTree tree) {
        List<Problem> problems = new ArrayList<>();
        String[] header = split.header().split("\n", -1);
        for (int i = 0; i < header.length; i++) {
            if (TODO.matcher(header[i]).find()) {
                int line = split.headerLine() + i;
                problems.add(Problem.of(file, line, fieldOn(tree, i + 1), "'" + Scaffold.PLACEHOLDER_WORD
                        + "' is a placeholder from 'clausebook new', and this file is not a draft.",
                        "replace the placeholder with the real text, " + KEEP_DRAFT));
            }
        }
        values(tree.root(), "", tree, file, split.headerLine(), problems);
        String[] body = split.body().split("\n", -1);
        for (int i = 0; i < body.length; i++) {
            if (TODO.matcher(body[i]).find()) {
                problems.add(Problem.of(file, split.bodyLine() + i, "", "'" + Scaffold.PLACEHOLDER_WORD
                        + "' is a placeholder from 'clausebook new', and this file is not a draft.",
                        "replace the placeholder with the real text, " + KEEP_DRAFT));
            }
        }
        return problems;
    }

    private static void values(JsonNode value, String pointer, YamlTree tree, String file, int headerLine, List<Problem> problems) {
        if (value.isTextual()) {
            int line = tree.lineOf(pointer) + headerLine - 1;
            String text = value.asText();
            if (pointer.endsWith("/country") && text.equals(Scaffold.PLACEHOLDER_COUNTRY)) {
                problems.add(Problem.of(file, line, SchemaChecker.field(pointer), "'" + text
                        + "' is the placeholder country from 'clausebook new', and this file is not a draft.",
                        "replace it with the two-letter country code, e.g. SE, " + KEEP_DRAFT));
            } else if (text.equals(Scaffold.PLACEHOLDER_URL)) {
                problems.add(Problem.of(file, line, SchemaChecker.field(pointer), "'" + text
                        + "' is the placeholder address from 'clausebook new', and this file is not a draft.",
                        "replace it with the real address, " + KEEP_DRAFT));
            }
        } else if (value.isObject()) {
            value.fields().forEachRemaining(f -> values(f.getValue(), pointer + "/" + f.getKey().replace("~", "~0")
                    .replace("/", "~1"), tree, file, headerLine, problems));
        } else if (value.isArray()) {
            for (int i = 0; i < value.size(); i++) {
                values(value.get(i), pointer + "/" + i, tree, file, headerLine, problems);
            }
        }
    }

    /** The field a header line belongs to: the deepest one starting on it or, inside a block of text, above it. */
    private static String fieldOn(YamlTree tree, int headerLine) {
        String best = "";
        int bestLine = 0;
        for (Map.Entry<String, Integer> e : tree.lines().entrySet()) {
            int l = e.getValue();
            if (l <= headerLine && (l > bestLine || (l == bestLine && e.getKey().length() > best.length()))) {
                best = e.getKey();
                bestLine = l;
            }
        }
        return SchemaChecker.field(best);
    }
}
