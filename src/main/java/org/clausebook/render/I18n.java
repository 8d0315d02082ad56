package org.clausebook.render;

import com.fasterxml.jackson.databind.JsonNode;
import org.clausebook.config.SiteConfig;
import org.clausebook.config.YamlMappers;
import org.clausebook.diagnostics.ContentException;
import org.clausebook.diagnostics.Problem;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * UI strings per language from {@code templates/i18n/<lang>.yaml}, flattened to dotted keys. Every language must
 * have exactly the keys of the default language. Also formats dates the way each language writes them.
 */
public final class I18n {
    private final Map<String, Map<String, String>> strings;

    private I18n(Map<String, Map<String, String>> strings) {
        this.strings = Map.copyOf(strings);
    }

    public static I18n load(Path templatesDir, SiteConfig config) throws ContentException {
        Map<String, Map<String, String>> all = new TreeMap<>();
        List<Problem> problems = new ArrayList<>();
        for (String lang : config.languages()) {
            Path file = templatesDir.resolve("i18n").resolve(lang + ".yaml");
            String rel = "templates/i18n/" + lang + ".yaml";
            if (!Files.isRegularFile(file)) {
                problems.add(Problem.of(rel, 0, "", "UI strings for language '" + lang + "' are missing.",
                        "copy templates/i18n/" + config.defaultLanguage() + ".yaml and translate it."));
                continue;
            }
            try {
                Map<String, String> flat = new TreeMap<>();
                var yaml = YamlMappers.yaml();
                String text = Files.readString(file);
                YamlMappers.rejectAliases(yaml, text);
                flatten("", yaml.readTree(text), flat);
                all.put(lang, Map.copyOf(flat));
            } catch (IOException e) {
                problems.add(Problem.of(rel, 0, "", "cannot read: " + e.getMessage(), ""));
            }
        }
        Map<String, String> reference = all.get(config.defaultLanguage());
        if (reference != null) {
            for (var entry : all.entrySet()) {
                Set<String> missing = new TreeSet<>(reference.keySet());
                missing.removeAll(entry.getValue().keySet());
                Set<String> extra = new TreeSet<>(entry.getValue().keySet());
                extra.removeAll(reference.keySet());
                String rel = "templates/i18n/" + entry.getKey() + ".yaml";
                missing.forEach(k -> problems.add(Problem.of(rel, 0, k, "string missing.", "translate it from the "
                        + config.defaultLanguage() + " file.")));
                extra.forEach(k -> problems.add(Problem.of(rel, 0, k, "string not used by the default language.", "remove it.")));
            }
        }
        if (!problems.isEmpty()) {
            throw new ContentException(problems);
        }
        return new I18n(all);
    }

    private static void flatten(String prefix, JsonNode node, Map<String, String> out) {
        if (node.isObject()) {
            node.fields().forEachRemaining(f -> flatten(prefix.isEmpty() ? f.getKey() : prefix + "." + f.getKey(), f.getValue(), out));
        } else {
            out.put(prefix, node.asText());
        }
    }

    public Map<String, String> strings(String lang) {
        return strings.get(lang);
    }

    public String get(String lang, String key) {
        String value = strings.get(lang).get(key);
        if (value == null) {
            throw new IllegalArgumentException("no UI string '" + key + "'");
        }
        return value;
    }

    /** A string with {0}, {1} … filled in; apostrophes in translations are literal. */
    public String format(String lang, String key, Object... args) {
        String text = get(lang, key);
        for (int i = 0; i < args.length; i++) {
            text = text.replace("{" + i + "}", String.valueOf(args[i]));
        }
        return text;
    }

    public static String date(String lang, LocalDate date) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(Locale.forLanguageTag(lang)).format(date);
    }

    /** The name of a language in that language, e.g. "Norsk bokmål". */
    public String languageName(String lang) {
        return get(lang, "language.name");
    }

}
