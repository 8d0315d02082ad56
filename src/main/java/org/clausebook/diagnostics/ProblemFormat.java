package org.clausebook.diagnostics;

import java.util.List;

/** Renders problems for people (text), machines (json) or GitHub workflow annotations (github). */
public enum ProblemFormat {
    TEXT, JSON, GITHUB;

    public String render(List<Problem> problems) {
        return render(problems, List.of());
    }

    /** Errors and warnings; in text a warning line starts with {@code warning:}, in JSON it has {@code "severity"}. */
    public String render(List<Problem> errors, List<Problem> warnings) {
        if (this == JSON) {
            List<Problem> all = new java.util.ArrayList<>(errors);
            all.addAll(warnings);
            return json(all, errors.size());
        }
        StringBuilder out = new StringBuilder(annotate(errors, "error"));
        if (this == TEXT) {
            warnings.forEach(p -> out.append("warning: ").append(p.format()).append('\n'));
        } else {
            out.append(annotate(warnings, "warning"));
        }
        return out.toString();
    }

    private String annotate(List<Problem> problems, String level) {
        StringBuilder out = new StringBuilder();
        switch (this) {
            case TEXT -> problems.forEach(p -> out.append(p.format()).append('\n'));
            case GITHUB -> problems.forEach(p -> out.append("::").append(level).append(" file=").append(escapeProperty(p.file()))
                    .append(",line=").append(Math.max(1, p.line()))
                    .append(",title=").append(escapeProperty(p.field().isEmpty() ? "content" : p.field()))
                    .append("::").append(escapeData(p.message() + (p.hint().isEmpty() ? "" : " Fix: " + p.hint())))
                    .append('\n'));
            case JSON -> out.append(json(problems, problems.size()));
        }
        return out.toString();
    }

    /** The first {@code errors} problems are errors, the rest warnings. */
    private static String json(List<Problem> problems, int errors) {
        StringBuilder out = new StringBuilder("[");
        for (int i = 0; i < problems.size(); i++) {
            Problem p = problems.get(i);
            out.append(i == 0 ? "\n" : ",\n").append("  {\"file\": ").append(json(p.file()))
                    .append(", \"line\": ").append(p.line())
                    .append(", \"field\": ").append(json(p.field()))
                    .append(", \"message\": ").append(json(p.message()))
                    .append(", \"hint\": ").append(json(p.hint()))
                    .append(", \"severity\": ").append(json(i < errors ? "error" : "warning")).append('}');
        }
        return out.append(problems.isEmpty() ? "]\n" : "\n]\n").toString();
    }

    private static String escapeData(String s) {
        return s.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
    }

    private static String escapeProperty(String s) {
        return escapeData(s).replace(":", "%3A").replace(",", "%2C");
    }

    static String json(String s) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format(java.util.Locale.ROOT, "\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
