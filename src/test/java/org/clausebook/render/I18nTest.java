package org.clausebook.render;

import org.clausebook.config.ConfigLoader;
import org.clausebook.config.SiteConfig;
import org.clausebook.diagnostics.ContentException;
import org.clausebook.testing.TestSites;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class I18nTest {

    @Test
    void everyLanguageHasEveryStringWithTheSamePlaceholders() throws ContentException {
        SiteConfig config = ConfigLoader.load(TestSites.REPO);
        I18n i18n = I18n.load(TestSites.REPO.resolve("templates"), config);
        var reference = i18n.strings("en");
        for (String lang : config.languages()) {
            assertEquals(reference.keySet(), i18n.strings(lang).keySet(), lang);
            for (String key : reference.keySet()) {
                assertEquals(placeholders(reference.get(key)), placeholders(i18n.strings(lang).get(key)), lang + " " + key);
            }
        }
    }

    @Test
    void datesAreWrittenTheWayEachLanguageWritesThem() {
        LocalDate date = LocalDate.of(2026, 10, 1);
        assertEquals("October 1, 2026", I18n.date("en", date));
        assertEquals("1 oktober 2026", I18n.date("nl", date));
        assertEquals("1. oktober 2026", I18n.date("nb", date));
        assertEquals("1. Oktober 2026", I18n.date("de", date));
        assertEquals("1 octobre 2026", I18n.date("fr", date));
    }

    @Test
    void aMissingStringIsNamed(@TempDir Path tmp) throws Exception {
        Path project = TestSites.project("basic", tmp);
        Path nl = project.resolve("templates/i18n/nl.yaml");
        Files.writeString(nl, Files.readString(nl).replaceFirst("(?m)^  skip: .*\\n", ""));
        SiteConfig config = ConfigLoader.load(project);
        ContentException e = assertThrows(ContentException.class, () -> I18n.load(project.resolve("templates"), config));
        assertEquals("templates/i18n/nl.yaml: site.skip: string missing. Fix: translate it from the en file.", e.problems().get(0).format());
    }

    private static String placeholders(String s) {
        Matcher m = Pattern.compile("\\{\\d}").matcher(s);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            out.append(m.group());
        }
        return out.chars().sorted().collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
    }
}
