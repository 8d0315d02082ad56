package org.clausebook.deploy;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The hosting rules of the built site, read from {@code deploy/hosting.yaml}, with the languages of
 * {@code content/site.yaml}: what every recipe in {@code deploy/} (and {@code netlify.toml}) must make a server do.
 * {@code basePath} is the path of {@code base_url} with a slash at each end ({@code /} at the root of a domain,
 * {@code /some/sub/path/} in a sub-folder): the nginx and Apache recipes put every path under it.
 */
public record HostingRules(List<HeaderRule> headers, String revalidate, MediaTypes mediaTypes,
                           boolean languageRedirect, boolean notFoundPerLanguage, List<String> languages, String basePath) {

    /** Headers for every path {@code path} matches: {@code /*}, or a prefix ending in {@code /*}. */
    public record HeaderRule(String path, String comment, Map<String, String> values) {
        public HeaderRule {
            if (!path.startsWith("/") || !path.endsWith("/*")) {
                throw new IllegalArgumentException("deploy/hosting.yaml: 'for: " + path + "' must be /* or /folder/*");
            }
            values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
            comment = comment == null ? "" : comment.strip();
        }

        /** The path prefix: {@code /} for {@code /*}, {@code /assets/} for {@code /assets/*}. */
        public String prefix() {
            return path.substring(0, path.length() - 1);
        }

        public boolean matches(String requestPath) {
            return requestPath.startsWith(prefix());
        }
    }

    /** Media types by file extension under {@code path}, sent with {@code charset}. */
    public record MediaTypes(String path, String charset, Map<String, String> types) {
        public String prefix() {
            return path.substring(0, path.length() - 1);
        }
    }

    private record Raw(List<RawRule> headers, String revalidate, @JsonProperty("media_types") MediaTypes mediaTypes,
                       @JsonProperty("language_redirect") boolean languageRedirect,
                       @JsonProperty("not_found_per_language") boolean notFoundPerLanguage) {
    }

    private record RawRule(@JsonProperty("for") String path, String comment, LinkedHashMap<String, String> values) {
    }

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    /** Reads {@code deploy/hosting.yaml} and {@code content/site.yaml} of the project in {@code repo}. */
    public static HostingRules read(Path repo) {
        try {
            Raw raw = YAML.readValue(repo.resolve("deploy/hosting.yaml").toFile(), Raw.class);
            JsonNode site = YAML.readTree(repo.resolve("content/site.yaml").toFile());
            List<String> languages = new ArrayList<>();
            site.path("languages").forEach(l -> languages.add(l.asText()));
            if (languages.isEmpty()) {
                throw new IllegalArgumentException("content/site.yaml lists no languages");
            }
            List<HeaderRule> rules = raw.headers().stream()
                    .map(r -> new HeaderRule(r.path(), r.comment(), r.values())).toList();
            HostingRules rulesOut = new HostingRules(rules, raw.revalidate(), raw.mediaTypes(), raw.languageRedirect(),
                    raw.notFoundPerLanguage(), List.copyOf(languages), basePath(site.path("base_url").asText("")));
            rulesOut.checkNoHeaderIsSetTwice();
            return rulesOut;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read deploy/hosting.yaml or content/site.yaml: " + e.getMessage(), e);
        }
    }

    /** {@code /clausebook/} for {@code https://example.org/clausebook}; {@code /} for a URL without a path. */
    static String basePath(String baseUrl) {
        String path;
        try {
            path = new URI(baseUrl.strip()).getPath();
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("content/site.yaml: base_url '" + baseUrl + "' is not a URL: " + e.getMessage(), e);
        }
        path = path == null ? "" : path.replaceAll("/+$", "");
        if (!path.matches("(/[A-Za-z0-9._~-]+)*")) {
            throw new IllegalArgumentException("content/site.yaml: the path of base_url '" + baseUrl
                    + "' may hold only letters, digits and . _ ~ - between its slashes, so the server recipes can use it as it is");
        }
        return path + "/";
    }

    /** {@code path} (which starts with /) under the base path: {@code /assets/} becomes {@code /clausebook/assets/}. */
    public String at(String path) {
        return basePath + path.substring(1);
    }

    public String defaultLanguage() {
        return languages.get(0);
    }

    /** Every path prefix that has its own rules: {@code /}, then each rule's and the media types' prefix. */
    public List<String> prefixes() {
        List<String> out = new ArrayList<>();
        out.add("/");
        headers.forEach(h -> {
            if (!out.contains(h.prefix())) {
                out.add(h.prefix());
            }
        });
        if (mediaTypes != null && !out.contains(mediaTypes.prefix())) {
            out.add(mediaTypes.prefix());
        }
        return out;
    }

    /** The headers every recipe sends for {@code path}, Cache-Control included (the revalidate default). */
    public Map<String, String> headersFor(String path) {
        Map<String, String> out = new LinkedHashMap<>();
        for (HeaderRule rule : headers) {
            if (rule.matches(path)) {
                out.putAll(rule.values());
            }
        }
        out.putIfAbsent("Cache-Control", revalidate);
        return out;
    }

    private void checkNoHeaderIsSetTwice() {
        for (HeaderRule a : headers) {
            for (HeaderRule b : headers) {
                if (a != b && (a.matches(b.prefix()) || b.matches(a.prefix()))) {
                    for (String key : a.values().keySet()) {
                        if (b.values().containsKey(key)) {
                            throw new IllegalArgumentException("deploy/hosting.yaml: " + key + " is set for both " + a.path()
                                    + " and " + b.path() + "; Netlify would send both values joined");
                        }
                    }
                }
            }
        }
    }
}
