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
import java.util.concurrent.ConcurrentHashMap;

/**
 * jsoup pass over every rendered page: gives headings in contributed text stable anchors, then checks that every
 * internal link and anchor on every page resolves to a file of the build. A broken one names its source file.
 */
final class HtmlPostProcessor {
    private static final Set<String> PROSE_HEADINGS = Set.of("h2", "h3", "h4", "h5", "h6");
    private final UrlScheme urls;

    HtmlPostProcessor(UrlScheme urls) {
        this.urls = urls;
    }

    record PendingLink(String sourceFile, String pageUrl, String href) {
    }

    /** A page after the pass: its URL and output file, its final HTML (UTF-8), the ids it defines and the links it makes. */
    record Processed(String url, String file, byte[] html, Set<String> ids, List<PendingLink> links) {
    }

    /**
     * What the link check keeps of a page once it is written: no HTML, and each link as its address only, the same
     * address shared by every page that has it (the navigation, the language switch and the assets repeat on every
     * page), so that a large site's links fit in a small part of the memory its pages would take.
     */
    record Checked(String url, String file, String sourceFile, Set<String> ids, String[] hrefs) {
    }

    private final Map<String, String> hrefPool = new ConcurrentHashMap<>();

    /** {@link #process}, then writes the page to {@code output}; returns what the link check needs. */
    Checked write(RenderedPage page, OutputSet output) {
        Processed p = process(page);
        output.put(p.file(), p.html());
        String[] hrefs = new String[p.links().size()];
        for (int i = 0; i < hrefs.length; i++) {
            String href = p.links().get(i).href();
            String pooled = hrefPool.putIfAbsent(href, href);
            hrefs[i] = pooled == null ? href : pooled;
        }
        return new Checked(p.url(), p.file(), page.sourceFile(), p.ids(), hrefs);
    }

    /**
     * Adds heading anchors and collects ids and links: in one pass over the text ({@link PageScanner}), or, for a
     * page that pass cannot read with certainty, with jsoup. Pure: safe to run on many pages at once.
     */
    Processed process(RenderedPage page) {
        var scanned = PageScanner.scan(page.html());
        if (scanned.isPresent()) {
            var s = scanned.get();
            return new Processed(page.url(), urls.file(page.url()), s.html().getBytes(StandardCharsets.UTF_8), s.ids(),
                    s.links().stream().map(href -> new PendingLink(page.sourceFile(), page.url(), href)).toList());
        }
        return processWithJsoup(page);
    }

    /** {@link #process} by jsoup: parses the page, walks the tree, writes it again. */
    Processed processWithJsoup(RenderedPage page) {
        Document doc = Jsoup.parse(page.html());
        doc.outputSettings().prettyPrint(false);
        // One walk over the tree collects the ids, the headings of contributed text and the links (three selector
        // queries did the same in three walks); the headings get their anchors after every existing id is known.
        Set<String> ids = new HashSet<>();
        List<Element> headings = new ArrayList<>();
        List<PendingLink> links = new ArrayList<>();
        for (Element e : doc.getAllElements()) {
            if (e.hasAttr("id")) {
                ids.add(e.id());
            }
            String tag = e.normalName();
            if (PROSE_HEADINGS.contains(tag) && inProse(e)) {
                headings.add(e);
            }
            String attr = switch (tag) {
                case "a", "link" -> "href";
                case "img", "script" -> "src";
                case "form" -> "action";
                default -> null;
            };
            if (attr != null && e.hasAttr(attr)) {
                String link = e.hasAttr("href") ? "href" : e.hasAttr("src") ? "src" : "action";
                links.add(new PendingLink(page.sourceFile(), page.url(), e.attr(link)));
            }
        }
        for (Element heading : headings) {
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
        return new Processed(page.url(), urls.file(page.url()), doc.outerHtml().getBytes(StandardCharsets.UTF_8),
                Set.copyOf(ids), List.copyOf(links));
    }

    /** Every link of the pages that does not resolve to a file of {@code output} or to an anchor on its target page. */
    List<Problem> brokenLinks(List<Checked> pages, OutputSet output) {
        return brokenLinks(pages, pages, output);
    }

    /** Every broken link of {@code toCheck}, which are some of {@code pages} (serve checks only the changed ones). */
    List<Problem> brokenLinks(List<Checked> pages, List<Checked> toCheck, OutputSet output) {
        Map<String, Set<String>> idsByFile = new HashMap<>();
        pages.forEach(p -> idsByFile.put(p.file(), p.ids()));
        List<Problem> problems = new ArrayList<>();
        for (PendingLink link : (Iterable<PendingLink>) toCheck.stream().flatMap(p -> java.util.Arrays.stream(p.hrefs())
                .map(h -> new PendingLink(p.sourceFile(), p.url(), h)))::iterator) {
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
    Set<String> targets(Checked page) {
        Set<String> out = new HashSet<>();
        for (String href : page.hrefs()) {
            if (href.startsWith("mailto:") || href.startsWith("http://") || href.startsWith("https://")) {
                continue;
            }
            try {
                URI uri = new URI(page.url()).resolve(new URI(href));
                if (uri.getScheme() == null && uri.getPath() != null && uri.getPath().startsWith(urls.root())) {
                    out.add(urls.file(uri.getPath()));
                }
            } catch (URISyntaxException | IllegalArgumentException e) {
                // malformed: reported by brokenLinks whenever the page is checked
            }
        }
        return out;
    }

    private static boolean inProse(Element e) {
        for (Element p = e.parent(); p != null; p = p.parent()) {
            if (p.hasClass("prose")) {
                return true;
            }
        }
        return false;
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
