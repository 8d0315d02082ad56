package org.clausebook.versions;

import org.clausebook.config.ConfigLoader;
import org.clausebook.config.SiteConfig;
import org.clausebook.content.CitableText;
import org.clausebook.content.ContentLoader;
import org.clausebook.content.Document;
import org.clausebook.content.Item;
import org.clausebook.diagnostics.ContentException;
import org.clausebook.diagnostics.Problem;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Releases versions. {@link #bump} freezes the files of the current version into {@code history/}, raises the
 * version and records the change with the new text's hash; translations keep pointing at the version they follow.
 * {@link #lock} records the hash of the current text without a new version (an editorial correction).
 *
 * <p>The text of the version being frozen is the one its hash was recorded for. When the working file has already
 * been edited, that text comes from {@code previous} (the last commit, through git) and is checked against the hash.
 */
public final class Bump {
    /** What a release changed: the new version, the files written (relative to the source folder) and the hash. */
    public record Result(String item, String oldVersion, String newVersion, List<String> written, String hash) {
    }

    private Bump() {
    }

    /**
     * @param target   {@code <section>/<id>} or just {@code <id>}
     * @param previous the committed text of a file (relative to the source folder), if there is one
     */
    public static Result bump(Path sourceDir, String target, String note, boolean major, LocalDate date,
                              Function<String, Optional<String>> previous) throws ContentException, IOException {
        Item item = find(sourceDir, target);
        if (note == null || note.isBlank()) {
            throw problem(item.source(), "changes", "a new version needs a change note.", "add --note \"what changed and why\".");
        }
        String old = item.version();
        String next = next(old, major);
        Optional<String> recorded = VersionChecks.recorded(item);
        Map<Path, String> writes = new LinkedHashMap<>();
        for (Document doc : item.current().values()) {
            boolean translation = doc.meta().isTranslation();
            if (translation && !old.equals(doc.meta().translationOf())) {
                continue; // an outdated translation was already frozen with the version it follows
            }
            String rel = doc.source().relPath();
            Path frozen = sourceDir.resolve(rel).resolveSibling("history").resolve(old + "." + doc.lang() + ".md");
            if (Files.exists(frozen)) {
                throw problem(doc, "version", "history/" + old + "." + doc.lang() + ".md already exists.",
                        "version " + old + " was already frozen; check the version in " + rel + ".");
            }
            writes.put(frozen, translation ? committedOr(doc, previous) : frozenSource(item, doc, recorded, previous));
        }
        Document source = item.source();
        String hash = TextHash.of(source);
        String edited = new FrontMatterEdit(source.source().text()).set("version", FrontMatterEdit.quote(next))
                .set("date", date.toString()).addChange(next, date, note.strip(), hash).text();
        writes.put(sourceDir.resolve(source.source().relPath()), edited);
        return new Result(item.id(), old, next, write(sourceDir, writes), hash);
    }

    /** Records the hash of the current text for the current version, keeping the version. */
    public static Result lock(Path sourceDir, String target) throws ContentException, IOException {
        Item item = find(sourceDir, target);
        Document source = item.source();
        String hash = TextHash.of(source);
        FrontMatterEdit edit = new FrontMatterEdit(source.source().text());
        if (!edit.setHash(item.version(), hash)) {
            if (item.versions().size() > 1) {
                throw problem(source, "changes", "there is no changes entry for version " + item.version() + " to record the hash in.",
                        "add one (version, date, note) and run lock again.");
            }
            edit.addChange(item.version(), item.meta().date(), "First version.", hash);
        }
        Map<Path, String> writes = new LinkedHashMap<>();
        writes.put(sourceDir.resolve(source.source().relPath()), edit.text());
        return new Result(item.id(), item.version(), item.version(), write(sourceDir, writes), hash);
    }

    static String next(String version, boolean major) {
        String[] parts = version.split("\\.");
        int m = Integer.parseInt(parts[0]);
        int n = Integer.parseInt(parts[1]);
        return major ? (m + 1) + ".0" : m + "." + (n + 1);
    }

    /** The text of the source file as it was when its hash was recorded: the working file, or the committed one. */
    private static String frozenSource(Item item, Document source, Optional<String> recorded, Function<String, Optional<String>> previous)
            throws ContentException {
        String now = TextHash.of(source);
        if (recorded.isEmpty() || recorded.get().equals(now)) {
            Optional<String> committed = previous.apply(source.source().relPath());
            if (recorded.isEmpty() && committed.isPresent() && !committed.get().equals(source.source().text())) {
                // no hash to tell which text was released: the committed file is the released one
                return committed.get();
            }
            return source.source().text();
        }
        Optional<String> committed = previous.apply(source.source().relPath());
        Optional<CitableText> text = committed.flatMap(CitableText::read);
        if (text.isPresent() && recorded.get().equals(TextHash.of(text.get().tenderText(), text.get().verification(), text.get().body()))) {
            return committed.get();
        }
        throw problem(source, "changes[0].hash", "the text of version " + item.version() + " (hash " + TextHash.shortForm(recorded.get())
                        + ") is neither in the file nor in its last commit, so it cannot be frozen.",
                "restore the released text (git checkout " + source.source().relPath() + "), run bump, then make the edit again.");
    }

    private static String committedOr(Document doc, Function<String, Optional<String>> previous) {
        return previous.apply(doc.source().relPath()).orElse(doc.source().text());
    }

    private static Item find(Path sourceDir, String target) throws ContentException {
        SiteConfig config = ConfigLoader.load(sourceDir);
        var model = ContentLoader.load(sourceDir, config, true).model();
        String id = target.contains("/") ? target.substring(target.indexOf('/') + 1) : target;
        String section = target.contains("/") ? target.substring(0, target.indexOf('/')) : null;
        Item item = model.item(id).orElseThrow(() -> new ContentException(Problem.of("content", 0, "",
                "there is no item '" + id + "'.", "name it as <section>/<id>, e.g. clauses/labour-rights-code.")));
        if (section != null && !section.equals(item.section())) {
            throw new ContentException(Problem.of("content/" + item.section() + "/" + id, 0, "", "'" + id + "' is in section "
                    + item.section() + ", not " + section + ".", "name it as " + item.section() + "/" + id + "."));
        }
        return item;
    }

    private static ContentException problem(Document doc, String field, String message, String hint) {
        return new ContentException(Problem.of(doc.source().relPath(), Math.max(1, doc.fieldLine(field.replaceAll("[\\[.].*", ""))),
                field, message, hint));
    }

    private static List<String> write(Path sourceDir, Map<Path, String> writes) throws IOException {
        List<String> written = new ArrayList<>();
        for (var w : writes.entrySet()) {
            Files.createDirectories(w.getKey().getParent());
            Files.writeString(w.getKey(), w.getValue(), StandardCharsets.UTF_8);
            written.add(sourceDir.relativize(w.getKey()).toString().replace('\\', '/'));
        }
        return List.copyOf(written);
    }
}
