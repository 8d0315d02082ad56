package org.clausebook.browser;

import org.clausebook.security.FixtureProject;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Language of parts (WCAG 3.1.1 and 3.1.2): every page says its language, and where an item is not translated the
 * source text it shows instead carries its own language (lang="en" inside a Danish page), next to a notice in the
 * page's language. Checked on the whole real site, and on a fixture whose only item exists in English alone, so
 * the check never runs out of examples as the translations fill in.
 */
@Tag("output")
class LanguageAttributesTest {
    private static final Pattern LANG = Pattern.compile("[a-z]{2,3}(-[A-Za-z0-9]{2,8})*");

    @Test
    void everyPageDeclaresTheLanguageOfItsFolder() throws IOException {
        BuiltSite site = LocalSite.site();
        List<String> wrong = new ArrayList<>();
        for (String file : site.htmlPages()) {
            Document doc = Jsoup.parse(site.root().resolve(file).toFile(), "UTF-8");
            String lang = doc.selectFirst("html").attr("lang");
            String folder = file.contains("/") ? file.substring(0, file.indexOf('/')) : null;
            if (folder != null && site.languages().contains(folder) && !lang.equals(folder)) {
                wrong.add(file + ": <html lang=\"" + lang + "\">");
            } else if (!site.languages().contains(lang)) {
                wrong.add(file + ": <html lang=\"" + lang + "\"> is not a language of the site");
            }
            for (Element e : doc.select("[lang]")) {
                if (!LANG.matcher(e.attr("lang")).matches()) {
                    wrong.add(file + ": lang=\"" + e.attr("lang") + "\" on <" + e.tagName() + "> is not a language tag");
                }
            }
        }
        assertTrue(wrong.isEmpty(), String.join("\n", wrong));
    }

    /** Every item of the real content without a file in some language, on that language's pages. */
    @Test
    void untranslatedItemsOfTheSiteMarkTheirSourceText() throws IOException {
        BuiltSite site = LocalSite.site();
        List<String> wrong = new ArrayList<>();
        int checked = 0;
        for (Path itemDir : itemFolders(BuiltSite.REPO.resolve("content"))) {
            String source = sourceLanguage(itemDir);
            if (source == null) {
                continue;
            }
            String id = itemDir.getFileName().toString();
            for (String lang : site.languages()) {
                boolean translated = Files.exists(itemDir.resolve(lang + ".md"));
                // (?!compare/): a scheme page (/<lang>/compare/<scheme>/) may share its last segment with an item id.
                String file = site.htmlPages().stream().filter(f -> f.matches(Pattern.quote(lang + "/") + "(?!compare/)(.+/)?"
                        + Pattern.quote(id + "/index.html"))).findFirst().orElse(null);
                if (file == null) {
                    continue;
                }
                checked++;
                wrong.addAll(check(site, file, lang, translated ? lang : source, !translated));
            }
        }
        System.out.printf("[lang] %d item pages checked for the language of their text%n", checked);
        assertTrue(checked > 0, "no item page found");
        assertTrue(wrong.isEmpty(), wrong.size() + " problem(s):\n" + String.join("\n", wrong));
    }

    @Test
    void englishTextInsideADanishPageIsMarkedEnglish(@TempDir Path dir) throws IOException {
        BuiltSite site = BuiltSite.build(FixtureProject.create(dir).dir());
        String item = "da/criteria/" + FixtureProject.BASE_ITEM + "/index.html";
        assertTrue(site.exists(item), item + " was not built");
        List<String> wrong = new ArrayList<>(check(site, item, "da", "en", true));
        wrong.addAll(check(site, "da/criteria/" + FixtureProject.BASE_ITEM + "/1.0/index.html", "da", "en", true));
        Document listing = Jsoup.parse(site.root().resolve("da/criteria/index.html").toFile(), "UTF-8");
        Element entry = listing.selectFirst("a[href$=/" + FixtureProject.BASE_ITEM + "/]");
        assertTrue(entry != null, "the Danish listing does not link to the item");
        if (!"en".equals(entry.attr("lang"))) {
            wrong.add("da/criteria/index.html: the English title of the entry has no lang=\"en\": " + entry.outerHtml());
        }
        assertTrue(wrong.isEmpty(), String.join("\n", wrong));
    }

    /**
     * The page's own language on html and on the notice; the text's language on the title, summary, body, tender
     * text and verification whenever it differs from the page's.
     */
    private static List<String> check(BuiltSite site, String file, String pageLang, String textLang, boolean fallback) throws IOException {
        List<String> wrong = new ArrayList<>();
        Document doc = Jsoup.parse(site.root().resolve(file).toFile(), "UTF-8");
        assertEquals(pageLang, doc.selectFirst("html").attr("lang"), file);
        for (String selector : List.of("main h1", "main .summary", "main .prose", "#tender-text", "#verification-text")) {
            for (Element e : doc.select(selector)) {
                String effective = effectiveLang(e);
                if (!effective.equals(textLang)) {
                    wrong.add(file + ": " + selector + " is " + textLang + " text but its language is \"" + effective + "\"");
                }
            }
        }
        if (fallback) {
            Element notice = doc.select("main .notice").stream().filter(n -> n.selectFirst(".text-lang") != null).findFirst().orElse(null);
            if (notice == null) {
                wrong.add(file + ": no notice that the text is in another language");
            } else if (!effectiveLang(notice).equals(pageLang)) {
                wrong.add(file + ": the notice is not in the page's language: " + notice.outerHtml());
            }
        }
        return wrong;
    }

    private static String effectiveLang(Element e) {
        for (Element x = e; x != null; x = x.parent()) {
            if (x.hasAttr("lang")) {
                return x.attr("lang");
            }
        }
        return "";
    }

    /** The language of an item's one file without translation_of, or null. */
    private static String sourceLanguage(Path itemDir) throws IOException {
        try (Stream<Path> files = Files.list(itemDir)) {
            for (Path f : files.filter(p -> p.getFileName().toString().matches("[a-z]{2}\\.md")).sorted().toList()) {
                String head = Files.readString(f);
                int end = head.indexOf("\n---", 4);
                String frontMatter = end < 0 ? head : head.substring(0, end);
                if (!frontMatter.contains("\ntranslation_of:")) {
                    return f.getFileName().toString().substring(0, 2);
                }
            }
        }
        return null;
    }

    private static List<Path> itemFolders(Path content) throws IOException {
        List<Path> out = new ArrayList<>();
        try (Stream<Path> sections = Files.list(content)) {
            for (Path section : sections.filter(Files::isDirectory).filter(p -> !p.getFileName().toString().equals("schema")).sorted().toList()) {
                try (Stream<Path> items = Files.list(section)) {
                    items.filter(Files::isDirectory).sorted().forEach(out::add);
                }
            }
        }
        assertFalse(out.isEmpty(), "no item folders under " + content);
        return out;
    }
}
