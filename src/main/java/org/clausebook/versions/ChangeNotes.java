package org.clausebook.versions;

import org.clausebook.content.Document;
import org.clausebook.content.FrontMatter;
import org.clausebook.content.Item;

import java.util.Optional;

/**
 * Notes in the reader's language: a translation may give its own change notes and, for portraits, its own notes on
 * the items used; where it does not, the source's note is used, with the source's language.
 */
public final class ChangeNotes {
    /** A note and the language it is written in. */
    public record Note(String text, String lang) {
        public boolean fallback(String readerLang) {
            return !lang.equals(readerLang);
        }
    }

    private ChangeNotes() {
    }

    /** The change note of {@code version} for a reader of {@code lang}. */
    public static Optional<Note> change(Item item, String lang, String version) {
        Optional<Note> own = item.in(lang).filter(d -> d.meta().isTranslation()).flatMap(d -> d.meta().changes().stream()
                .filter(c -> c.version().equals(version)).findFirst().map(c -> new Note(c.note(), d.lang())));
        return own.or(() -> item.meta().changes().stream().filter(c -> c.version().equals(version)).findFirst()
                .map(c -> new Note(c.note(), item.sourceLang())));
    }

    /** The date of {@code version}: its change entry's, or the date of its source file. */
    public static java.time.LocalDate date(Item item, String version) {
        return item.meta().changes().stream().filter(c -> c.version().equals(version)).map(FrontMatter.Change::date)
                .findFirst().orElseGet(() -> sourceOf(item, version).meta().date());
    }

    /** A portrait's note on its use of {@code use.id()}, for a reader of {@code lang}. */
    public static Optional<Note> use(Item portrait, String lang, FrontMatter.Use use) {
        Optional<Note> own = portrait.in(lang).filter(d -> d.meta().isTranslation()).flatMap(d -> d.meta().uses().stream()
                .filter(u -> u.id().equals(use.id())).findFirst().map(u -> new Note(u.note(), d.lang())));
        return own.or(() -> Optional.ofNullable(use.note()).filter(n -> !n.isBlank()).map(n -> new Note(n, portrait.sourceLang())));
    }

    /** The source-language document of {@code version}, current or frozen. */
    public static Document sourceOf(Item item, String version) {
        return version.equals(item.version()) ? item.source() : item.frozen(version).get(item.sourceLang());
    }

    /** The document of {@code version} written in {@code lang}, if there is one that translates exactly that version. */
    public static Optional<Document> textOf(Item item, String version, String lang) {
        if (lang.equals(item.sourceLang())) {
            return Optional.of(sourceOf(item, version));
        }
        Optional<Document> current = item.in(lang).filter(d -> version.equals(d.meta().translationOf()));
        if (version.equals(item.version())) {
            return current;
        }
        // a frozen translation, or a current one that still follows this earlier version
        return Optional.ofNullable(item.frozen(version).get(lang)).or(() -> current);
    }
}
