package org.clausebook.browser;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The parts of {@code netlify.toml} a local server needs to answer as Netlify would: the response headers per
 * path pattern ({@code [[headers]]}) and the 404 fallbacks ({@code [[redirects]]} with {@code status = 404}).
 * A deliberately small reader for the flat TOML that file uses: tables, arrays of tables, string and number values.
 */
public record NetlifyConfig(List<HeaderRule> headers, List<Fallback> notFound) {

    /** Headers for every path that {@code pattern} ({@code /*}, {@code /assets/*} or an exact path) matches. */
    public record HeaderRule(String pattern, Map<String, String> values) {
        boolean matches(String path) {
            return pattern.endsWith("*") ? path.startsWith(pattern.substring(0, pattern.length() - 1)) : path.equals(pattern);
        }
    }

    /** Requests under {@code from} (a {@code /xx/*} pattern) that match no file get {@code to} with status 404. */
    public record Fallback(String from, String to) {
        boolean matches(String path) {
            return from.endsWith("*") ? path.startsWith(from.substring(0, from.length() - 1)) : path.equals(from);
        }
    }

    private static final Pattern KEY_VALUE = Pattern.compile("^\\s*([A-Za-z0-9_.-]+)\\s*=\\s*(.+?)\\s*$");

    public static NetlifyConfig read(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + file + ": " + e.getMessage(), e);
        }
        List<HeaderRule> headers = new ArrayList<>();
        List<Fallback> notFound = new ArrayList<>();
        String table = "";
        Map<String, String> current = null;
        Map<String, String> values = null;
        List<Map<String, String>> redirects = new ArrayList<>();
        List<String> headerFor = new ArrayList<>();
        List<Map<String, String>> headerValues = new ArrayList<>();
        for (String raw : lines) {
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            if (line.startsWith("[")) {
                table = line;
                switch (line) {
                    case "[[headers]]" -> {
                        headerFor.add(null);
                        values = new LinkedHashMap<>();
                        headerValues.add(values);
                    }
                    case "[[redirects]]" -> {
                        current = new LinkedHashMap<>();
                        redirects.add(current);
                    }
                    default -> {
                    }
                }
                continue;
            }
            Matcher m = KEY_VALUE.matcher(line);
            if (!m.matches()) {
                continue;
            }
            String key = m.group(1);
            String value = unquote(m.group(2));
            switch (table) {
                case "[[headers]]" -> {
                    if (key.equals("for")) {
                        headerFor.set(headerFor.size() - 1, value);
                    }
                }
                case "[headers.values]" -> values.put(key, value);
                case "[[redirects]]" -> current.put(key, value);
                default -> {
                }
            }
        }
        for (int i = 0; i < headerFor.size(); i++) {
            if (headerFor.get(i) != null) {
                headers.add(new HeaderRule(headerFor.get(i), Map.copyOf(headerValues.get(i))));
            }
        }
        for (Map<String, String> r : redirects) {
            if ("404".equals(r.get("status")) && r.containsKey("from") && r.containsKey("to")) {
                notFound.add(new Fallback(r.get("from"), r.get("to")));
            }
        }
        if (headers.isEmpty()) {
            throw new IllegalStateException(file + " declares no [[headers]]");
        }
        return new NetlifyConfig(List.copyOf(headers), List.copyOf(notFound));
    }

    public static NetlifyConfig ofRepository() {
        return read(BuiltSite.REPO.resolve("netlify.toml"));
    }

    /** The headers Netlify sends for {@code path}: every matching rule, later rules adding to earlier ones. */
    public Map<String, String> headersFor(String path) {
        Map<String, String> out = new LinkedHashMap<>();
        for (HeaderRule rule : headers) {
            if (rule.matches(path)) {
                rule.values().forEach((k, v) -> out.merge(k, v, (a, b) -> a + ", " + b));
            }
        }
        return out;
    }

    /** The Content-Security-Policy every page is served with. */
    public String contentSecurityPolicy() {
        String csp = headersFor("/").get("Content-Security-Policy");
        if (csp == null || csp.isBlank()) {
            throw new IllegalStateException("netlify.toml sends no Content-Security-Policy for /*");
        }
        return csp;
    }

    private static String unquote(String value) {
        if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
            return value.substring(1, value.length() - 1).replace("\\\"", "\"").replace("\\\\", "\\");
        }
        return value;
    }
}
