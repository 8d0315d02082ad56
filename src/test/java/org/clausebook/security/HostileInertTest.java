package org.clausebook.security;

import org.clausebook.browser.BuiltSite;
import org.clausebook.browser.NuHtmlChecker;
import org.clausebook.browser.StaticServer;
import org.clausebook.browser.WatchedPage;
import org.clausebook.diagnostics.Problem;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Each folder of src/test/resources/hostile with an {@code inert.txt} is a malicious contribution that passes
 * {@code validate} and must render inert. All of them are built together into one site, served WITHOUT the
 * Content-Security-Policy (the markup itself must be harmless; the policy is a second wall), and loaded in headless
 * chromium: no dialog may open, no script error or console error appear, no request leave 127.0.0.1, and every
 * payload listed in inert.txt must show on its page as text.
 *
 * <p>inert.txt: {@code page: /path/} lines, each followed by {@code text: ...} lines that must be visible on that
 * page and {@code absent: ...} lines that must not (e.g. the 49 of an evaluated ${7*7}).
 */
@Tag("browser")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HostileInertTest {
    private BuiltSite site;
    private StaticServer server;
    private WatchedPage tab;
    private int pagesLoaded;

    /** A page to load and what it must and must not show. */
    record Expectation(String page, List<String> texts, List<String> absent) {
    }

    static Stream<String> cases() throws IOException {
        return HostileCases.withFile("inert.txt");
    }

    @BeforeAll
    void buildTheHostileSite() throws IOException {
        Path dir = Files.createTempDirectory("clausebook-hostile-");
        FixtureProject project = FixtureProject.create(dir.resolve("project"));
        for (String name : cases().toList()) {
            project.overlay(FixtureProject.HOSTILE.resolve(name));
        }
        List<Problem> problems = project.validate();
        assertEquals(List.of(), problems.stream().map(Problem::format).toList(),
                "the contributions that must render inert do not pass validate");
        site = BuiltSite.build(project.dir());
        server = StaticServer.bare(site.root());
        tab = new WatchedPage(server);
    }

    @AfterAll
    void close() {
        System.out.printf("[hostile] %d pages of the hostile build loaded in chromium without the CSP%n", pagesLoaded);
        HostileCases.print("hostile contributions rendered inert");
        if (tab != null) {
            tab.close();
        }
        if (server != null) {
            server.close();
        }
    }

    @Test
    void everyCaseFolderSaysHowItIsHandled() throws IOException {
        assertEquals(List.of(), HostileCases.unmarked().toList(), "case folders with neither expected.txt nor inert.txt");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void theContributionShowsAsTextAndRunsNothing(String name) throws IOException {
        List<Expectation> expectations = read(FixtureProject.HOSTILE.resolve(name).resolve("inert.txt"));
        List<String> failures = new ArrayList<>();
        int inputs = 0;
        for (Expectation e : expectations) {
            var response = tab.open(e.page());
            pagesLoaded++;
            if (response.status() != 200) {
                failures.add(e.page() + " answered " + response.status());
                continue;
            }
            String text = (String) tab.page().evaluate("() => document.body.innerText");
            String normalized = text.replaceAll("\\s+", " ");
            for (String t : e.texts()) {
                inputs++;
                if (!normalized.contains(t)) {
                    failures.add(e.page() + ": not shown as text: " + t);
                }
            }
            for (String t : e.absent()) {
                if (normalized.contains(t)) {
                    failures.add(e.page() + ": shows " + t + ", which means a template was evaluated");
                }
            }
            tab.misbehaviour().forEach(m -> failures.add(e.page() + ": " + m));
            failures.addAll(liveMarkup(e.page()));
        }
        assertTrue(failures.isEmpty(), name + ":\n" + String.join("\n", failures));
        HostileCases.record(name, inputs, "passes validate, rendered inert: " + inputs + " payloads shown as text on "
                + expectations.size() + " pages, nothing ran");
    }

    /** Every page of the hostile build in the source language and in a language it falls back from. */
    Stream<String> pagesInTwoLanguages() {
        return site.htmlPages().stream().filter(p -> p.startsWith("en/") || p.startsWith("da/") || !p.contains("/"))
                .map(BuiltSite::urlPath);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pagesInTwoLanguages")
    void pageOfTheHostileBuildRunsNothing(String path) {
        tab.open(path);
        pagesLoaded++;
        List<String> failures = new ArrayList<>(tab.misbehaviour());
        failures.addAll(liveMarkup(path));
        assertTrue(failures.isEmpty(), path + ":\n" + String.join("\n", failures));
    }

    /** Static check of every page in every language: no live markup came through. */
    @Test
    void noPageOfTheHostileBuildCarriesLiveMarkup() throws IOException {
        List<String> failures = new ArrayList<>();
        for (String file : site.htmlPages()) {
            failures.addAll(liveMarkup(file, Jsoup.parse(site.root().resolve(file).toFile(), "UTF-8")));
        }
        assertTrue(failures.isEmpty(), String.join("\n", failures));
    }

    @Test
    void everyPageOfTheHostileBuildIsValidHtml() throws IOException {
        NuHtmlChecker checker = new NuHtmlChecker();
        List<String> errors = new ArrayList<>();
        for (String file : site.htmlPages()) {
            checker.errors(file, Files.readAllBytes(site.root().resolve(file))).forEach(e -> errors.add(file + ":" + e));
        }
        assertTrue(errors.isEmpty(), errors.size() + " HTML errors:\n" + String.join("\n", errors));
    }

    @Test
    void feedsAndSitemapOfTheHostileBuildAreWellFormedXml() throws Exception {
        var factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        List<String> files = new ArrayList<>(List.of("sitemap.xml"));
        try (var walk = java.nio.file.Files.walk(site.root())) {
            walk.filter(f -> f.getFileName().toString().equals("feed.xml")) // language feeds and every item's feed
                    .forEach(f -> files.add(site.root().relativize(f).toString().replace('\\', '/')));
        }
        for (String file : files) {
            var doc = factory.newDocumentBuilder().parse(site.root().resolve(file).toFile());
            assertTrue(doc.getDocumentElement() != null, file);
        }
        var feed = factory.newDocumentBuilder().parse(site.root().resolve("en/feed.xml").toFile());
        List<String> titles = new ArrayList<>();
        var nodes = feed.getElementsByTagName("title");
        for (int i = 0; i < nodes.getLength(); i++) {
            titles.add(nodes.item(i).getTextContent());
        }
        assertTrue(titles.contains("<script>alert(\"title\")</script> Title (2.0)"), "the hostile title is not text in the feed: " + titles);
    }

    /** Markup in the DOM as the browser built it that no page of the site should have. */
    private List<String> liveMarkup(String page) {
        String html = (String) tab.page().evaluate("() => document.documentElement.outerHTML");
        return liveMarkup(page, Jsoup.parse(html));
    }

    /**
     * The citation's JSON-LD: a data block the browser never runs, allowed only as the site writes it: in the citation
     * block, no src, a schema.org JSON object, and no raw {@code <} that could end the element early.
     */
    static boolean isCitationData(Element script) {
        if (!script.attr("type").equals("application/ld+json") || script.hasAttr("src") || script.parent() == null
                || !script.parent().hasClass("citation-block") || script.data().contains("<")) {
            return false;
        }
        try {
            var json = new com.fasterxml.jackson.databind.ObjectMapper().readTree(script.data());
            return json.isObject() && json.path("@context").asText().equals("https://schema.org");
        } catch (java.io.IOException e) {
            return false;
        }
    }

    /**
     * The site's own life-cycle diagram (written by the build, never from contributed markup): allowed only where the
     * template puts it, with nothing in it that can run or load (handlers and unsafe addresses are checked below for
     * every element) and links that stay on the site.
     */
    static boolean isChainDiagram(Element e) {
        Element figure = e.parent();
        return e.tagName().equals("svg") && e.hasClass("chain-diagram") && figure != null && figure.hasClass("chain-figure")
                && figure.parent() != null && figure.parent().parent() != null && figure.parent().parent().hasClass("chain")
                && e.select("script, foreignObject, foreignobject, iframe, object, embed, use, image").isEmpty()
                && e.select("a").stream().allMatch(a -> a.attr("href").startsWith("/"));
    }

    /**
     * The contribution form of templates/contribute.ftlh, on its own page only: it sends nothing anywhere (no action,
     * no method; assets/contribute/form.js writes the file in the browser), so a form that does is still reported.
     */
    private static boolean isContributionForm(String page, Element e) {
        return e.id().equals("cf-form") && page.replace('\\', '/').contains("contribute/new/")
                && !e.hasAttr("action") && !e.hasAttr("method") && e.select("[formaction]").isEmpty();
    }

    static List<String> liveMarkup(String page, Document doc) {
        List<String> out = new ArrayList<>();
        for (Element script : doc.select("script")) {
            if (isCitationData(script)) {
                continue;
            }
            String src = script.attr("src");
            if (src.isEmpty() || !src.startsWith("/assets/")) {
                out.add(page + ": a script that is not one of the site's own: " + script.outerHtml());
            }
        }
        for (Element e : doc.select("iframe, object, embed, frame, svg, math, base, meta[http-equiv], form:not(.search-form):not(#search-form)")) {
            if (!isChainDiagram(e) && !isContributionForm(page, e)) {
                out.add(page + ": unexpected <" + e.tagName() + ">: " + abbreviate(e.outerHtml()));
            }
        }
        for (Element e : doc.getAllElements()) {
            for (Attribute a : e.attributes()) {
                String key = a.getKey().toLowerCase(Locale.ROOT);
                String value = a.getValue().strip().toLowerCase(Locale.ROOT).replaceAll("[\\s\\x00-\\x1f]", "");
                if (key.startsWith("on") || key.equals("style") || key.equals("srcdoc") || key.equals("formaction")) {
                    out.add(page + ": attribute " + a.getKey() + " on <" + e.tagName() + ">: " + abbreviate(e.outerHtml()));
                } else if ((key.equals("href") || key.equals("src") || key.equals("action") || key.equals("xlink:href"))
                        && (value.startsWith("javascript:") || value.startsWith("data:") || value.startsWith("vbscript:"))) {
                    out.add(page + ": " + a.getKey() + "=\"" + a.getValue() + "\" on <" + e.tagName() + ">");
                }
            }
        }
        return out;
    }

    private static String abbreviate(String s) {
        return s.length() <= 160 ? s : s.substring(0, 157) + "...";
    }

    static List<Expectation> read(Path file) throws IOException {
        List<Expectation> out = new ArrayList<>();
        String page = null;
        List<String> texts = new ArrayList<>();
        List<String> absent = new ArrayList<>();
        for (String raw : Files.readAllLines(file)) {
            if (raw.isBlank() || raw.startsWith("#")) {
                continue;
            }
            if (raw.startsWith("page: ")) {
                if (page != null) {
                    out.add(new Expectation(page, List.copyOf(texts), List.copyOf(absent)));
                }
                page = raw.substring("page: ".length()).strip();
                texts.clear();
                absent.clear();
            } else if (raw.startsWith("text: ") && page != null) {
                texts.add(raw.substring("text: ".length()).strip().replaceAll("\\s+", " "));
            } else if (raw.startsWith("absent: ") && page != null) {
                absent.add(raw.substring("absent: ".length()).strip());
            } else {
                throw new IllegalArgumentException(file + ": expected 'page: ', 'text: ' or 'absent: ': " + raw);
            }
        }
        if (page != null) {
            out.add(new Expectation(page, List.copyOf(texts), List.copyOf(absent)));
        }
        if (out.isEmpty()) {
            throw new IllegalArgumentException(file + " names no page");
        }
        return out;
    }
}
