package org.clausebook.site;

import org.clausebook.diagnostics.Problem;
import org.clausebook.render.RenderedPage;
import org.clausebook.render.UrlScheme;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.net.URISyntaxException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * jsoup pass over every rendered page: gives headings in contributed text stable anchors, then checks that every
 * internal link and anchor on every page resolves to a file of the build. A broken one names its source file.
 */
final class HtmlPostProcessor {
    private final UrlScheme urls;

    HtmlPostProcessor(UrlScheme urls) {
        this.urls = urls;
    }

    private record PendingLink(String sourceFile, String pageUrl, String href) {
    }

    /** A page after the pass: its URL and output file, its final HTML (UTF-8), the ids it defines and the links it makes. */
    record Processed(String url, String file, byte[] html, Set<String> ids, List<PendingLink> links) {
    }

    /** Adds heading anchors and collects ids and links. Pure: safe to run on many pages at once. */
    Processed process(RenderedPage page) {
        Document doc = Jsoup.parse(page.html());
        doc.outputSettings().prettyPrint(false);
        Set<String> ids = new HashSet<>();
        doc.select("[id]").forEach(e -> ids.add(e.id()));
        for (Element heading : doc.select(".prose h2, .prose h3, .prose h4, .prose h5, .prose h6")) {
            if (heading.id().isEmpty()) {
                String base = slug(heading.text());
                String id = base;
                for (int n = 2; ids.contains(id); n++) {
                    id = base + "-" + n;
                }
                ids.add(id);
                heading.id(id);
            }
        }
        List<PendingLink> links = new ArrayList<>();
        for (Element e : doc.select("a[href], link[href], img[src], script[src], form[action]")) {
            String attr = e.hasAttr("href") ? "href" : e.hasAttr("src") ? "src" : "action";
            links.add(new PendingLink(page.sourceFile(), page.url(), e.attr(attr)));
        }
        return new Processed(page.url(), urls.file(page.url()), doc.outerHtml().getBytes(StandardCharsets.UTF_8),
                Set.copyOf(ids), List.copyOf(links));
    }

    /** Every link of the pages that does not resolve to a file of {@code output} or to an anchor on its target page. */
    List<Problem> brokenLinks(List<Processed> pages, OutputSet output) {
        return brokenLinks(pages, pages, output);
    }

    /** Every broken link of {@code toCheck}, which are some of {@code pages} (serve checks only the changed ones). */
    List<Problem> brokenLinks(List<Processed> pages, List<Processed> toCheck, OutputSet output) {
        Map<String, Set<String>> idsByFile = new HashMap<>();
        pages.forEach(p -> idsByFile.put(p.file(), p.ids()));
        List<Problem> problems = new ArrayList<>();
        for (PendingLink link : toCheck.stream().flatMap(p -> p.links().stream()).toList()) {
            String href = link.href();
            if (href.startsWith("mailto:") || href.startsWith("http://") || href.startsWith("https://")) {
                continue;
            }
            URI uri;
            try {
                uri = new URI(link.pageUrl()).resolve(new URI(href));
            } catch (URISyntaxException | IllegalArgumentException e) {
                problems.add(Problem.of(link.sourceFile(), 0, "", "malformed link '" + href + "' on " + link.pageUrl() + ".", "correct the address."));
                continue;
            }
            if (uri.getScheme() != null) {
                problems.add(Problem.of(link.sourceFile(), 0, "", "link '" + href + "' on " + link.pageUrl() + " uses a scheme that is not allowed.", ""));
                continue;
            }
            String path = uri.getPath();
            if (!path.startsWith(urls.root())) {
                problems.add(Problem.of(link.sourceFile(), 0, "", "link '" + href + "' on " + link.pageUrl()
                        + " points outside the site.", "correct the address."));
                continue;
            }
            String file = urls.file(path);
            if (!output.contains(file)) {
                problems.add(Problem.of(link.sourceFile(), 0, "", "broken link: " + link.pageUrl() + " links to " + href
                        + ", which the build does not produce.", "link to an existing item with item:<id>, or correct the address."));
                continue;
            }
            String fragment = uri.getFragment();
            if (fragment != null && !fragment.isEmpty()) {
                Set<String> ids = idsByFile.get(file);
                if (ids != null && !ids.contains(fragment)) {
                    problems.add(Problem.of(link.sourceFile(), 0, "", "broken anchor: " + link.pageUrl() + " links to " + href
                            + ", but that page has no element with id '" + fragment + "'.", "use one of the page's heading anchors."));
                }
            }
        }
        return problems;
    }

    /** The files of the build a page's internal links point to: the pages whose removal could break this one's links. */
    Set<String> targets(Processed page) {
        Set<String> out = new HashSet<>();
        for (PendingLink link : page.links()) {
            String href = link.href();
            if (href.startsWith("mailto:") || href.startsWith("http://") || href.startsWith("https://")) {
                continue;
            }
            try {
                URI uri = new URI(link.pageUrl()).resolve(new URI(href));
                if (uri.getScheme() == null && uri.getPath() != null && uri.getPath().startsWith(urls.root())) {
                    out.add(urls.file(uri.getPath()));
                }
            } catch (URISyntaxException | IllegalArgumentException e) {
                // malformed: reported by brokenLinks whenever the page is checked
            }
        }
        return out;
    }

    /** A heading's anchor: lower-case ASCII letters and digits joined by hyphens. */
    static String slug(String text) {
        String folded = text.toLowerCase(Locale.ROOT).replace("ø", "o").replace("æ", "ae").replace("ß", "ss")
                .replace("œ", "oe").replace("đ", "d").replace("ł", "l");
        String ascii = Normalizer.normalize(folded, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        String slug = ascii.replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        return slug.isEmpty() ? "section" : slug.length() > 60 ? slug.substring(0, 60).replaceAll("-+$", "") : slug;
    }
}
