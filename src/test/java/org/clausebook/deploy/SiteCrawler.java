package org.clausebook.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Crawls a built site over HTTP, as a browser and a feed reader would, from a few entry points under its base path:
 * every href, src, srcset, action and URL-valued data- attribute of every page, the JSON-LD, canonical and hreflang
 * links (absolute, at base_url), the sitemap, robots.txt, the Atom feeds, the CSS url()s, the scripts' relative
 * imports, the search index files named by search.json and the downloads named by the open data. Every internal
 * address must answer 200 (a redirect must stay under the base path and is followed) and no link may leave the base
 * path, whether written as a path or as an absolute URL of the site's own host. Anchors are checked against the ids
 * of the page they point to.
 */
final class SiteCrawler {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern CSS_URL = Pattern.compile("url\\(\\s*['\"]?([^'\")]+)['\"]?\\s*\\)");
    private static final Pattern JS_IMPORT = Pattern.compile("(?:\\bfrom|\\bimport)\\s*\\(?\\s*['\"](\\.{1,2}/[^'\"]+)['\"]");
    private static final Pattern JS_ROOT_PATH = Pattern.compile("['\"`](/(?:api|search|assets|schema|[a-z]{2})/[^'\"`]*)['\"`]");

    /** What the crawl found: addresses fetched, links checked and every problem, each naming where it was found. */
    record Result(int fetched, int links, List<String> problems) {
    }

    private record Link(String path, String fragment, String from) {
    }

    private final String origin;
    private final String basePath;
    private final URI baseUrl;
    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final Deque<Link> queue = new ArrayDeque<>();
    private final Set<String> seen = new HashSet<>();
    private final Map<String, Set<String>> ids = new HashMap<>();
    private final List<Link> anchors = new ArrayList<>();
    private final Set<String> problems = new LinkedHashSet<>();
    private int links;

    /**
     * @param origin   {@code http://127.0.0.1:<port>}
     * @param basePath {@code /} or {@code /some/sub/path/}
     * @param baseUrl  base_url of the site, e.g. {@code https://example.org/some/sub/path}
     */
    SiteCrawler(String origin, String basePath, String baseUrl) {
        this.origin = origin;
        this.basePath = basePath;
        this.baseUrl = URI.create(baseUrl.replaceAll("/+$", "") + "/");
    }

    /** Crawls from {@code entries} (paths relative to the base path, e.g. {@code sitemap.xml}). */
    Result crawl(List<String> entries) throws IOException, InterruptedException {
        for (String entry : entries) {
            enqueue(basePath + entry, null, "entry point");
        }
        int fetched = 0;
        while (!queue.isEmpty()) {
            Link link = queue.poll();
            fetch(link);
            fetched++;
        }
        for (Link a : anchors) {
            Set<String> known = ids.get(a.path());
            if (known != null && !known.contains(a.fragment())) {
                problems.add(a.from() + " points to #" + a.fragment() + ", but " + a.path() + " has no element with that id");
            }
        }
        return new Result(fetched, links, List.copyOf(problems));
    }

    /** Checks the links of a page served at {@code path} with {@code body}, e.g. a 404 page at a deep address. */
    void checkPage(String path, String body) {
        seen.add(path); // it answers 404 on purpose: its own anchors are checked against its ids, not fetched
        html(path, body);
    }

    List<String> problems() {
        return List.copyOf(problems);
    }

    private void fetch(Link link) throws IOException, InterruptedException {
        HttpResponse<byte[]> response = http.send(HttpRequest.newBuilder(URI.create(origin + link.path()))
                .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofByteArray());
        int status = response.statusCode();
        if (status == 301 || status == 302) {
            String location = response.headers().firstValue("Location").orElse("");
            check(link.path(), "Location", location);
            return;
        }
        if (status != 200) {
            problems.add(link.from() + " points to " + link.path() + ", which answers " + status);
            return;
        }
        String path = link.path();
        String type = response.headers().firstValue("Content-Type").orElse("");
        String body = new String(response.body(), StandardCharsets.UTF_8);
        if (type.startsWith("text/html") || path.endsWith("/") || path.endsWith(".html")) {
            html(path, body);
        } else if (path.endsWith(".xml")) {
            xml(path, body);
        } else if (path.endsWith("/index.bin") && path.startsWith(basePath + "search/")) {
            searchIndex(path, response.body());
        } else if (path.endsWith(".json")) {
            json(path, body);
        } else if (path.endsWith(".css")) {
            matches(CSS_URL, body).forEach(u -> check(path, "url()", u));
        } else if (path.endsWith(".js")) {
            matches(JS_IMPORT, body).forEach(u -> check(path, "import", u));
            matches(JS_ROOT_PATH, body).forEach(u -> problems.add(path + ": the script names the path " + u
                    + " from the domain's root, which misses the base path of a site in a sub-folder"));
        } else if (path.endsWith("robots.txt")) {
            body.lines().filter(l -> l.regionMatches(true, 0, "Sitemap:", 0, 8))
                    .forEach(l -> check(path, "Sitemap", l.substring(8).strip()));
        }
    }

    private void html(String path, String body) {
        Document doc = Jsoup.parse(body);
        Set<String> own = new HashSet<>();
        doc.select("[id]").forEach(e -> own.add(e.id()));
        doc.select("a[name]").forEach(e -> own.add(e.attr("name")));
        ids.putIfAbsent(path, own);
        for (Element e : doc.getAllElements()) {
            for (Attribute a : e.attributes()) {
                String name = a.getKey();
                String value = a.getValue().strip();
                String what = e.tagName() + "[" + name + "]";
                switch (name) {
                    case "href", "src", "action", "poster" -> check(path, what, value);
                    case "srcset" -> {
                        for (String candidate : value.split(",")) {
                            check(path, what, candidate.strip().split("\\s+")[0]);
                        }
                    }
                    case "content" -> {
                        if (value.startsWith("http") || value.startsWith("/")) {
                            check(path, what, value);
                        }
                    }
                    default -> {
                        if (name.startsWith("data-") && (value.startsWith("/") || value.startsWith("http") || value.startsWith("./")
                                || value.startsWith("../"))) {
                            check(path, what, value);
                        }
                    }
                }
            }
        }
        for (Element ld : doc.select("script[type=application/ld+json]")) {
            try {
                strings(JSON.readTree(ld.data()), path, "JSON-LD");
            } catch (IOException e) {
                problems.add(path + ": the JSON-LD is not JSON: " + e.getMessage());
            }
        }
    }

    private void xml(String path, String body) {
        Document xml = Jsoup.parse(body, "", Parser.xmlParser());
        for (Element e : xml.getAllElements()) {
            if (e.hasAttr("href")) {
                check(path, e.tagName() + "[href]", e.attr("href"));
            }
            if (List.of("loc", "id", "uri", "icon", "logo").contains(e.tagName()) && e.children().isEmpty()) {
                check(path, e.tagName(), e.text());
            }
        }
    }

    private void json(String path, String body) {
        JsonNode tree;
        try {
            tree = JSON.readTree(body);
        } catch (IOException e) {
            problems.add(path + " is not JSON: " + e.getMessage());
            return;
        }
        strings(tree, path, "JSON");
        String file = path.substring(path.lastIndexOf('/') + 1);
        if (path.equals(basePath + "search.json")) {
            // The search's one entry point names each language's index folder relative to the site root.
            tree.path("languages").forEach(l -> check(path, "languages[].path", basePath + l.path("path").asText() + "index.bin"));
        } else if (path.startsWith(basePath + "api/")) {
            // The open data names its files by path relative to the site root.
            for (JsonNode f : tree.path("files")) {
                for (String key : List.of("path", "schema")) {
                    if (f.hasNonNull(key)) {
                        check(path, "files[]." + key, basePath + f.get(key).asText());
                    }
                }
            }
        }
    }

    /**
     * A language's index.bin (gzip: format byte, varint length, manifest JSON, facet table) and what engine.js loads
     * from its folder: blocks/<n>.bin for each first key in the manifest's blocks, records/<doc>.json for each doc.
     */
    private void searchIndex(String path, byte[] gzipped) {
        JsonNode manifest;
        try {
            byte[] bytes = new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(gzipped)).readAllBytes();
            int pos = 1;
            int length = 0;
            for (int shift = 0; ; shift += 7) {
                int b = bytes[pos++] & 0xff;
                length |= (b & 0x7f) << shift;
                if (b < 0x80) {
                    break;
                }
            }
            manifest = JSON.readTree(new String(bytes, pos, length, StandardCharsets.UTF_8));
        } catch (IOException | RuntimeException e) {
            problems.add(path + " is not a search index: " + e);
            return;
        }
        for (int n = 0; n < manifest.path("blocks").size(); n++) {
            check(path, "blocks", "blocks/" + n + ".bin");
        }
        for (int d = 0; d < manifest.path("docs").asInt(); d++) {
            check(path, "records", "records/" + d + ".json");
        }
    }

    /** Every string of a JSON tree that is an address of this site: a path from the root, or a URL at base_url's host. */
    private void strings(JsonNode node, String path, String what) {
        if (node.isTextual()) {
            String s = node.asText();
            if ((s.startsWith("/") && !s.startsWith("//") && !s.contains(" ")) || s.startsWith(baseUrl.getScheme() + "://" + baseUrl.getAuthority())) {
                check(path, what, s);
            }
        }
        node.forEach(child -> strings(child, path, what));
    }

    private static List<String> matches(Pattern p, String text) {
        List<String> out = new ArrayList<>();
        Matcher m = p.matcher(text);
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }

    /** Checks one link found at {@code fromPath}: internal ones are queued, escapes and malformed ones reported. */
    private void check(String fromPath, String what, String href) {
        links++;
        String where = fromPath + ": " + what + "=\"" + href + "\"";
        if (href.isEmpty() || href.equals("#")) {
            problems.add(where + " goes nowhere");
            return;
        }
        if (href.matches("(?i)^(mailto|tel|data|javascript):.*")) {
            return;
        }
        URI target;
        try {
            target = URI.create(origin + fromPath).resolve(new URI(href));
        } catch (Exception e) {
            problems.add(where + " is not a valid URL: " + e.getMessage());
            return;
        }
        if (target.getScheme() != null && target.getAuthority() != null
                && (target.getScheme() + "://" + target.getAuthority()).equalsIgnoreCase(baseUrl.getScheme() + "://" + baseUrl.getAuthority())) {
            String p = target.getRawPath() == null || target.getRawPath().isEmpty() ? "/" : target.getRawPath();
            if (!p.startsWith(baseUrl.getRawPath()) && !(p + "/").equals(baseUrl.getRawPath())) {
                problems.add(where + " is on the site's host but outside base_url " + baseUrl);
                return;
            }
            String local = basePath + p.substring(Math.min(p.length(), baseUrl.getRawPath().length()));
            target = URI.create(origin + local + (target.getRawFragment() == null ? "" : "#" + target.getRawFragment()));
        } else if (!(target.getScheme() + "://" + target.getAuthority()).equals(origin)) {
            return; // another site: not ours to check
        }
        String path = target.getRawPath();
        if (!path.startsWith(basePath)) {
            problems.add(where + " leads to " + path + ", outside the base path " + basePath);
            return;
        }
        if (target.getFragment() != null && !target.getFragment().isEmpty()) {
            anchors.add(new Link(path, target.getFragment(), where));
        }
        enqueue(path, null, where);
    }

    private void enqueue(String path, String fragment, String from) {
        if (seen.add(path)) {
            queue.add(new Link(path, fragment, from));
        }
    }
}
