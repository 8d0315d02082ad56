package org.clausebook.diagnostics;

import java.util.List;

/** Renders problems for people (text), machines (json) or GitHub workflow annotations (github). */
public enum ProblemFormat {
    TEXT, JSON, GITHUB;

    public String render(List<Problem> problems) {
        StringBuilder out = new StringBuilder();
        switch (this) {
            case TEXT -> problems.forEach(p -> out.append(p.format()).append('\n'));
            case GITHUB -> problems.forEach(p -> out.append("::error file=").append(escapeProperty(p.file()))
                    .append(",line=").append(Math.max(1, p.line()))
                    .append(",title=").append(escapeProperty(p.field().isEmpty() ? "content" : p.field()))
                    .append("::").append(escapeData(p.message() + (p.hint().isEmpty() ? "" : " Fix: " + p.hint())))
                    .append('\n'));
            case JSON -> {
                out.append("[");
                for (int i = 0; i < problems.size(); i++) {
                    Problem p = problems.get(i);
                    out.append(i == 0 ? "\n" : ",\n").append("  {\"file\": ").append(json(p.file()))
                            .append(", \"line\": ").append(p.line())
                            .append(", \"field\": ").append(json(p.field()))
                            .append(", \"message\": ").append(json(p.message()))
                            .append(", \"hint\": ").append(json(p.hint())).append('}');
                }
                out.append(problems.isEmpty() ? "]\n" : "\n]\n");
            }
        }
        return out.toString();
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
