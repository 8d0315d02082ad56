package org.clausebook.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Converts a Clausebook project into a Hugo site with the same content, for the build comparison: the same
 * languages (first one the default, each in its own folder), the same taxonomies (terms copied from the source
 * file into every translation, so every language has its term pages), and for every content file a page bundle
 * {@code content/<section>/<id>/index.<lang>.md} whose Markdown is the tender text, the verification and the body.
 * {@code item:} links become links to the item in the page's language. Hugo has no versions and no fallback pages:
 * history files are left out and an untranslated item has no page in the other languages. Minimal templates
 * (a page, a list, the home page) with the title, summary, terms, translations and content.
 *
 * <p>Usage: {@code java -cp target/test-classes:target/clausebook.jar org.clausebook.bench.HugoSite SOURCE HUGO_DIR}
 */
public final class HugoSite {
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER).enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
            .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS));
    private static final Pattern ITEM_LINK = Pattern.compile("\\]\\(item:([a-z0-9-]+)(#[^)]*)?\\)");

    private HugoSite() {
    }

    public static void main(String[] args) throws IOException {
        Path src = Paths.get(args[0]).toAbsolutePath();
        Path out = Paths.get(args[1]).toAbsolutePath();
        JsonNode site = YAML.readTree(src.resolve("content/site.yaml").toFile());
        List<String> langs = new ArrayList<>();
        site.get("languages").forEach(l -> langs.add(l.asText()));
        List<String> taxonomies = new ArrayList<>();
        site.get("taxonomies").forEach(t -> taxonomies.add(t.get("id").asText()));
        Map<String, String> sectionPaths = new HashMap<>();
        site.get("sections").forEach(s -> sectionPaths.put(s.get("id").asText(), s.get("path").asText()));
        writeConfig(out, site, langs, taxonomies);
        writeLayouts(out);
        Map<String, String> itemSection = new HashMap<>();
        List<Path> folders = new ArrayList<>();
        for (String section : sectionPaths.keySet()) {
            Path dir = src.resolve("content").resolve(section);
            if (!Files.isDirectory(dir)) {
                continue;
            }
            try (Stream<Path> s = Files.list(dir)) {
                for (Path f : s.filter(Files::isDirectory).sorted().toList()) {
                    folders.add(f);
                    itemSection.put(f.getFileName().toString(), section);
                }
            }
        }
        int pages = 0;
        for (Path folder : folders) {
            pages += item(folder, out, langs, taxonomies, sectionPaths, itemSection);
        }
        System.out.println("Wrote " + pages + " Hugo content files to " + out);
    }

    private static int item(Path folder, Path out, List<String> langs, List<String> taxonomies,
                            Map<String, String> sectionPaths, Map<String, String> itemSection) throws IOException {
        String id = folder.getFileName().toString();
        String section = folder.getParent().getFileName().toString();
        Map<String, JsonNode> metas = new HashMap<>();
        Map<String, String> bodies = new HashMap<>();
        JsonNode sourceMeta = null;
        for (String lang : langs) {
            Path file = folder.resolve(lang + ".md");
            if (!Files.isRegularFile(file)) {
                continue;
            }
            String text = Files.readString(file, StandardCharsets.UTF_8);
            int end = text.indexOf("\n---", 4);
            JsonNode meta = YAML.readTree(text.substring(4, end));
            metas.put(lang, meta);
            bodies.put(lang, text.substring(text.indexOf('\n', end + 1) + 1));
            if (!meta.has("translation_of")) {
                sourceMeta = meta;
            }
        }
        if (sourceMeta == null) {
            return 0;
        }
        String path = sectionPaths.get(section);
        Path bundle = out.resolve("content").resolve(path.isEmpty() ? "pages" : path).resolve(id);
        Files.createDirectories(bundle);
        int n = 0;
        for (var e : metas.entrySet()) {
            String lang = e.getKey();
            JsonNode meta = e.getValue();
            ObjectNode fm = YAML.createObjectNode();
            fm.put("title", meta.path("title").asText(id));
            fm.put("summary", meta.path("summary").asText(""));
            fm.put("date", sourceMeta.path("date").asText("2026-01-01"));
            if (path.isEmpty()) {
                fm.put("url", "/" + lang + "/" + id + "/");
            }
            for (String tax : taxonomies) {
                JsonNode terms = sourceMeta.get(tax);
                if (terms != null) {
                    ArrayNode list = fm.putArray(tax);
                    if (terms.isArray()) {
                        terms.forEach(t -> list.add(t.asText()));
                    } else {
                        list.add(terms.asText());
                    }
                }
            }
            StringBuilder md = new StringBuilder();
            if (meta.hasNonNull("tender_text")) {
                md.append("## Tender text\n\n").append(meta.get("tender_text").asText()).append("\n\n");
            }
            if (meta.hasNonNull("verification")) {
                md.append("## Verification\n\n").append(meta.get("verification").asText()).append("\n\n");
            }
            md.append(bodies.get(lang));
            String body = links(md.toString(), lang, sectionPaths, itemSection);
            Files.writeString(bundle.resolve("index." + lang + ".md"),
                    "---\n" + YAML.writeValueAsString(fm) + "---\n" + body, StandardCharsets.UTF_8);
            n++;
        }
        return n;
    }

    private static String links(String md, String lang, Map<String, String> sectionPaths, Map<String, String> itemSection) {
        Matcher m = ITEM_LINK.matcher(md);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String section = itemSection.getOrDefault(m.group(1), "pages");
            String path = sectionPaths.getOrDefault(section, section);
            String url = "/" + lang + "/" + (path.isEmpty() ? "" : path + "/") + m.group(1) + "/" + (m.group(2) == null ? "" : m.group(2));
            m.appendReplacement(out, Matcher.quoteReplacement("](" + url + ")"));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static void writeConfig(Path out, JsonNode site, List<String> langs, List<String> taxonomies) throws IOException {
        Files.createDirectories(out);
        ObjectNode cfg = YAML.createObjectNode();
        cfg.put("baseURL", site.path("base_url").asText("https://example.com") + "/");
        cfg.put("title", site.path("title").path(langs.get(0)).asText("Site"));
        cfg.put("defaultContentLanguage", langs.get(0));
        cfg.put("defaultContentLanguageInSubdir", true);
        ObjectNode languages = cfg.putObject("languages");
        for (int i = 0; i < langs.size(); i++) {
            ObjectNode l = languages.putObject(langs.get(i));
            l.put("weight", i + 1);
            l.put("languageName", langs.get(i));
            l.put("title", site.path("title").path(langs.get(i)).asText("Site"));
        }
        ObjectNode tax = cfg.putObject("taxonomies");
        taxonomies.forEach(t -> tax.put(t, t));
        Files.writeString(out.resolve("config.yaml"), YAML.writeValueAsString(cfg), StandardCharsets.UTF_8);
    }

    private static void writeLayouts(Path out) throws IOException {
        Path d = out.resolve("layouts/_default");
        Files.createDirectories(d);
        Files.writeString(d.resolve("baseof.html"), """
                <!DOCTYPE html>
                <html lang="{{ .Site.Language.Lang }}"><head><meta charset="utf-8">
                <meta name="viewport" content="width=device-width, initial-scale=1">
                <title>{{ .Title }} – {{ .Site.Title }}</title></head>
                <body><header><a href="{{ .Site.Home.RelPermalink }}">{{ .Site.Title }}</a>
                <nav>{{ range .Site.Sections }}<a href="{{ .RelPermalink }}">{{ .Title }}</a> {{ end }}</nav>
                <nav>{{ range .AllTranslations }}<a href="{{ .RelPermalink }}" hreflang="{{ .Lang }}">{{ .Lang }}</a> {{ end }}</nav></header>
                <main>{{ block "main" . }}{{ end }}</main></body></html>
                """);
        Files.writeString(d.resolve("single.html"), """
                {{ define "main" }}<article><h1>{{ .Title }}</h1><p>{{ .Params.summary }}</p>
                <ul>{{ range $tax, $_ := .Site.Taxonomies }}{{ range $.GetTerms $tax }}<li><a href="{{ .RelPermalink }}">{{ .LinkTitle }}</a></li>{{ end }}{{ end }}</ul>
                {{ .Content }}</article>{{ end }}
                """);
        Files.writeString(d.resolve("list.html"), """
                {{ define "main" }}<h1>{{ .Title }}</h1><ul>{{ range .Pages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a>
                <p>{{ .Params.summary }}</p></li>{{ end }}</ul>{{ end }}
                """);
        Files.writeString(out.resolve("layouts/index.html"), """
                {{ define "main" }}<h1>{{ .Site.Title }}</h1><ul>{{ range .Site.Sections }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a>
                ({{ len .Pages }})</li>{{ end }}</ul>{{ end }}
                """);
    }
}
