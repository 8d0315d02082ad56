package org.clausebook.browser;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Zero broken internal links or anchors in the built output, checked with jsoup independently of the build's own
 * check: every href, src and action of every page (absolute links to the site's own base URL included, such as
 * canonical and hreflang links), every URL of the sitemap, every link of the Atom feeds.
 */
@Tag("output")
class InternalLinksTest {
    private final BuiltSite site = LocalSite.site();
    private final Map<String, Set<String>> idsByFile = new HashMap<>();
    private final String baseUrl = baseUrl();

    @Test
    void everyInternalLinkAndAnchorOnEveryPageResolves() throws IOException {
        List<String> broken = new ArrayList<>();
        int links = 0;
        for (String page : site.htmlPages()) {
            Document doc = Jsoup.parse(site.root().resolve(page).toFile(), "UTF-8");
            for (Element e : doc.select("a[href], area[href], link[href], img[src], script[src], iframe[src], source[src], form[action]")) {
                String attr = e.hasAttr("href") ? "href" : e.hasAttr("src") ? "src" : "action";
                links++;
                check(page, e.tagName() + "[" + attr + "]", e.attr(attr)).ifPresent(broken::add);
            }
        }
        System.out.printf("[links] %d pages, %d links and resources checked, %d broken%n", site.htmlPages().size(), links, broken.size());
        assertTrue(links > site.htmlPages().size(), "suspiciously few links found: " + links);
        assertTrue(broken.isEmpty(), broken.size() + " broken internal link(s):\n" + String.join("\n", broken));
    }

    @Test
    void everyUrlInTheSitemapAndFeedsExists() throws IOException {
        List<String> broken = new ArrayList<>();
        List<String> xmlFiles = new ArrayList<>(List.of("sitemap.xml"));
        site.languages().forEach(l -> xmlFiles.add(l + "/feed.xml"));
        int urls = 0;
        for (String file : xmlFiles) {
            assertTrue(site.exists(file), file + " is missing from the output");
            Document xml = Jsoup.parse(Files.readString(site.root().resolve(file)), "", Parser.xmlParser());
            for (Element loc : xml.select("loc, link[href], id")) {
                String url = loc.tagName().equals("link") ? loc.attr("href") : loc.text();
                if (!url.startsWith(baseUrl)) {
                    continue;
                }
                urls++;
                check(file, loc.tagName(), url).ifPresent(broken::add);
            }
        }
        System.out.printf("[links] sitemap and %d feeds: %d URLs of the site checked, %d broken%n", site.languages().size(), urls, broken.size());
        assertTrue(urls > 0, "the sitemap lists no URL of the site");
        assertTrue(broken.isEmpty(), String.join("\n", broken));
    }

    @Test
    void theCheckCatchesBrokenLinksAndAnchors() {
        String home = site.languages().get(0) + "/index.html";
        assertTrue(check(home, "a[href]", "/no-such-folder/").isPresent(), "a missing page passed");
        assertTrue(check(home, "a[href]", "#no-such-anchor").isPresent(), "a missing anchor passed");
        assertTrue(check(home, "a[href]", baseUrl + "/no-such-page/").isPresent(), "a missing page at the base URL passed");
        assertTrue(check(home, "a[href]", "#").isPresent(), "a link to '#' passed");
        assertTrue(check(home, "a[href]", "#main").isEmpty(), "the skip link's target was not found");
    }

    /** Empty when the link resolves; otherwise why not. */
    private java.util.Optional<String> check(String page, String what, String href) {
        String where = page + ": " + what + "=\"" + href + "\"";
        if (href.isEmpty() || href.equals("#")) {
            return java.util.Optional.of(where + " goes nowhere");
        }
        URI target;
        try {
            URI pageUri = new URI(BuiltSite.urlPath(page));
            target = pageUri.resolve(new URI(href.startsWith(baseUrl) ? href.substring(baseUrl.length()) : href));
        } catch (URISyntaxException e) {
            return java.util.Optional.of(where + " is not a valid URL: " + e.getMessage());
        }
        if (target.getScheme() != null || target.getAuthority() != null) {
            return java.util.Optional.empty(); // another site: not ours to check here
        }
        String path = target.getPath();
        String file = path.endsWith("/") ? path.substring(1) + "index.html" : path.substring(1);
        if (!site.exists(file)) {
            return java.util.Optional.of(where + " points to " + path + ", which is not in the output");
        }
        String fragment = target.getFragment();
        if (fragment != null && !fragment.isEmpty() && file.endsWith(".html") && !ids(file).contains(fragment)) {
            return java.util.Optional.of(where + " points to #" + fragment + ", but " + path + " has no element with that id");
        }
        return java.util.Optional.empty();
    }

    private Set<String> ids(String file) {
        return idsByFile.computeIfAbsent(file, f -> {
            Set<String> ids = new HashSet<>();
            try {
                Document doc = Jsoup.parse(site.root().resolve(f).toFile(), "UTF-8");
                doc.select("[id]").forEach(e -> ids.add(e.id()));
                doc.select("a[name]").forEach(e -> ids.add(e.attr("name")));
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            return ids;
        });
    }

    /** base_url from content/site.yaml, e.g. https://clausebook.netlify.app */
    private static String baseUrl() {
        try {
            Matcher m = Pattern.compile("(?m)^base_url:\\s*(\\S+)\\s*$").matcher(Files.readString(BuiltSite.REPO.resolve("content/site.yaml")));
            if (!m.find()) {
                throw new IllegalStateException("content/site.yaml has no base_url");
            }
            return m.group(1).replaceAll("/+$", "");
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
