package org.clausebook.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Every kind of page the site has, with how to find an example of it in the built output. The browser checks run
 * on each type in each language. A new page type is one line in {@link #ALL}. The tender pack is opened with a shared
 * link of three items, one of them an earlier version (so the "version X is available" notice is checked too).
 */
public final class PageTypes {

    /**
     * @param perLanguage false for the pages outside the language folders, which are checked once
     * @param ready       a CSS selector that matches once scripts have filled the page in, or null
     */
    public record PageType(String name, boolean perLanguage, BiFunction<BuiltSite, String, Optional<String>> example, String ready) {
        PageType when(String selector) {
            return new PageType(name, perLanguage, example, selector);
        }
    }

    /** One page to check: its type, language ({@code -} for the root pages), URL path with query, ready selector. */
    public record PageUnderTest(String type, String lang, String path, String ready) {
        @Override
        public String toString() {
            return type + " [" + lang + "] " + path;
        }
    }

    public static final List<PageType> ALL = List.of(
            perLanguage("home", (site, lang) -> Optional.of("/" + lang + "/")),
            perLanguage("section listing", (site, lang) -> Optional.of("/" + lang + "/criteria/")),
            perLanguage("taxonomy term", (site, lang) -> first(site, lang + "/stages/[^/]+/index.html")),
            perLanguage("product group", (site, lang) -> first(site, lang + "/product-groups/[^/]+/index.html")),
            perLanguage("criterion", (site, lang) -> item(site, lang, "criteria", "extended-warranty")),
            perLanguage("clause", (site, lang) -> item(site, lang, "clauses", "supply-chain-disclosure")),
            perLanguage("earlier version", PageTypes::earlierVersion),
            perLanguage("version history", (site, lang) -> first(site, Pattern.quote(lang + "/clauses/labour-rights-code/history/index.html"))
                    .or(() -> first(site, Pattern.quote(lang + "/") + "criteria/[^/]+/history/index.html"))),
            perLanguage("version comparison", (site, lang) -> first(site, Pattern.quote(lang + "/") + "(criteria|clauses)/[^/]+/diff/[^/]+/[^/]+/index.html")),
            perLanguage("translation status", (site, lang) -> Optional.of("/" + lang + "/translations/")),
            perLanguage("portrait", (site, lang) -> item(site, lang, "portraits", "city-of-oslo")),
            perLanguage("practice", (site, lang) -> item(site, lang, "practices", "joint-statement-of-demand")),
            perLanguage("initiative", (site, lang) -> item(site, lang, "initiatives", "electronics-watch")),
            perLanguage("scheme comparison", (site, lang) -> first(site, Pattern.quote(lang + "/compare/") + "[^/]+/index.html")),
            perLanguage("static page", (site, lang) -> first(site, lang + "/about/index.html")),
            perLanguage("untranslated item", PageTypes::untranslatedItem),
            perLanguage("search with results", (site, lang) -> Optional.of("/" + lang + "/search/?q=repair&scope=all"))
                    .when("#search-results li"),
            perLanguage("tender pack", (site, lang) -> Optional.of("/" + lang
                    + "/pack/?items=extended-warranty@1.0,supply-chain-disclosure@1.0,labour-rights-code@2.0"))
                    .when("#pack-groups li"),
            perLanguage("contribution form", (site, lang) -> Optional.of("/" + lang + "/contribute/new/"))
                    .when("#cf-form:not([hidden]) #cf-fields input"),
            perLanguage("404", (site, lang) -> Optional.of("/" + lang + "/no-such-page/")),
            once("root language list", "/"),
            once("root 404", "/no-such-page"));

    private PageTypes() {
    }

    private static PageType perLanguage(String name, BiFunction<BuiltSite, String, Optional<String>> example) {
        return new PageType(name, true, example, null);
    }

    private static PageType once(String name, String path) {
        return new PageType(name, false, (site, lang) -> Optional.of(path), null);
    }

    /** Every page type in every language of the built site; a type with no example in a language is left out. */
    public static List<PageUnderTest> pages(BuiltSite site) {
        List<PageUnderTest> out = new ArrayList<>();
        for (PageType type : ALL) {
            if (!type.perLanguage()) {
                type.example().apply(site, "-").ifPresent(p -> out.add(new PageUnderTest(type.name(), "-", p, type.ready())));
                continue;
            }
            for (String lang : site.languages()) {
                type.example().apply(site, lang).ifPresent(p -> out.add(new PageUnderTest(type.name(), lang, p, type.ready())));
            }
        }
        return out;
    }

    /** Page types that have no example in some language, for the report. */
    public static List<String> missing(BuiltSite site) {
        List<String> out = new ArrayList<>();
        for (PageType type : ALL) {
            for (String lang : type.perLanguage() ? site.languages() : List.of("-")) {
                if (type.example().apply(site, lang).isEmpty()) {
                    out.add(type.name() + " [" + lang + "]");
                }
            }
        }
        return out;
    }

    /** The first output page (sorted) whose file matches {@code regex}, as a URL path. */
    static Optional<String> first(BuiltSite site, String regex) {
        Pattern p = Pattern.compile(regex);
        return site.htmlPages().stream().filter(f -> p.matcher(f).matches()).findFirst().map(BuiltSite::urlPath);
    }

    /** The page of item {@code preferred} in {@code section}, or the section's first item if that one is gone. */
    static Optional<String> item(BuiltSite site, String lang, String section, String preferred) {
        String wanted = lang + "/" + section + "/" + preferred + "/index.html";
        if (site.exists(wanted)) {
            return Optional.of(BuiltSite.urlPath(wanted));
        }
        return first(site, Pattern.quote(lang + "/" + section + "/") + "[^/]+/index.html");
    }

    /** A frozen earlier version: an item with a file in content/.../history/, preferring extended-warranty 1.0. */
    static Optional<String> earlierVersion(BuiltSite site, String lang) {
        List<String[]> frozen = new ArrayList<>();
        Pattern name = Pattern.compile("([0-9]+\\.[0-9]+)\\.[a-z]{2}\\.md");
        for (Path history : list(BuiltSite.REPO.resolve("content"), 3)) {
            if (!history.getFileName().toString().equals("history")) {
                continue;
            }
            String id = history.getParent().getFileName().toString();
            for (Path f : list(history, 1)) {
                Matcher m = name.matcher(f.getFileName().toString());
                if (m.matches()) {
                    frozen.add(new String[] {id, m.group(1)});
                }
            }
        }
        frozen.sort(Comparator.comparing((String[] a) -> !a[0].equals("extended-warranty")).thenComparing(a -> a[0] + a[1]));
        for (String[] f : frozen) {
            Optional<String> page = first(site, Pattern.quote(lang + "/") + "(.+/)?" + Pattern.quote(f[0] + "/" + f[1] + "/index.html"));
            if (page.isPresent()) {
                return page;
            }
        }
        return Optional.empty();
    }

    /**
     * An item that has no file in {@code lang}, so its page shows the source text marked with its language: criteria
     * and clauses first (their tender text is marked too), from the content tree. Empty once everything is translated.
     */
    static Optional<String> untranslatedItem(BuiltSite site, String lang) {
        for (String section : List.of("criteria", "clauses", "portraits", "practices", "initiatives", "pages")) {
            for (Path itemDir : list(BuiltSite.REPO.resolve("content").resolve(section), 1)) {
                if (!Files.isDirectory(itemDir) || Files.exists(itemDir.resolve(lang + ".md"))) {
                    continue;
                }
                String id = itemDir.getFileName().toString();
                Optional<String> page = first(site, Pattern.quote(lang + "/") + "(.+/)?" + Pattern.quote(id + "/index.html"));
                if (page.isPresent()) {
                    return page;
                }
            }
        }
        return Optional.empty();
    }

    private static List<Path> list(Path dir, int depth) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> s = Files.walk(dir, depth)) {
            return s.filter(p -> !p.equals(dir)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
