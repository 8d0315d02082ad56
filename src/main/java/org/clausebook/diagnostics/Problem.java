package org.clausebook.diagnostics;

import java.util.Comparator;

/**
 * One problem found in the input: where it is, what is wrong and how to fix it.
 *
 * @param file    path relative to the source directory, with forward slashes
 * @param line    1-based line, or 0 when the problem concerns the whole file
 * @param field   the front-matter field or config key, or empty
 * @param message what is wrong
 * @param hint    how to fix it, or empty
 */
public record Problem(String file, int line, String field, String message, String hint) {

    public static final Comparator<Problem> ORDER = Comparator.comparing(Problem::file)
            .thenComparingInt(Problem::line)
            .thenComparing(Problem::field)
            .thenComparing(Problem::message);

    public Problem {
        field = field == null ? "" : field;
        hint = hint == null ? "" : hint;
    }

    public static Problem of(String file, int line, String field, String message, String hint) {
        return new Problem(file, line, field, message, hint);
    }

    /** {@code file:line: field: message (hint)}, the form editors and CI logs link to. */
    public String format() {
        StringBuilder out = new StringBuilder(file);
        if (line > 0) {
            out.append(':').append(line);
        }
        out.append(": ");
        if (!field.isEmpty()) {
            out.append(field).append(": ");
        }
        out.append(message);
        if (!hint.isEmpty()) {
            out.append(" Fix: ").append(hint);
        }
        return out.toString();
    }
}
