package org.clausebook.content;

import org.clausebook.config.ConfigLoader;
import org.clausebook.config.SiteConfig;
import org.clausebook.config.YamlMappers;
import org.clausebook.diagnostics.ContentException;
import org.clausebook.diagnostics.Problem;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Loads {@code content/} into a {@link SiteModel}: scan, parse each file, assemble items, check the links between
 * them. Every problem in every file is collected before anything fails.
 */
public final class ContentLoader {

    /**
     * The loaded site plus the attachments found (paths relative to {@code content/}).
     *
     * @param problems   every problem found while loading (empty when {@link #load} returns)
     * @param broken     ids of items that exist but could not be assembled
     * @param unassembled the Markdown bodies of the files of those items, so that their Markdown can still be checked
     */
    public record Loaded(SiteModel model, List<String> attachments, List<Problem> problems, Set<String> broken,
                         List<Body> unassembled) {
    }

    /** The Markdown body of a file whose item could not be assembled. */
    public record Body(String file, String section, String id, String lang, String text, int line) {
    }

    /** One item as its files make it: the item, or empty with the reasons (also for an item that was made). */
    public record Assembled(Optional<Item> item, List<Problem> problems) {
        public Assembled {
            problems = List.copyOf(problems);
        }
    }

    /**
     * How an item is made from its files: {@code serve} may return what it kept for the same files (a pure function of
     * them, given the site configuration and the schema, whose change drops everything kept).
     */
    @FunctionalInterface
    public interface Reuse {
        Assembled item(String id, List<SourceFile> files, java.util.function.Supplier<Assembled> make);

        static Reuse never() {
            return (id, files, make) -> make.get();
        }

        /**
         * How a file is read from disk ({@code read}): {@code serve} may return what it read last time while the file's
         * size, modification time and identity are the same. Failures to read are not kept.
         */
        default Read file(String rel, Stamp stamp, java.util.function.Supplier<Read> read) {
            return read.get();
        }
    }

    /** A file on disk as the operating system describes it, taken before the file is read. */
    public record Stamp(long size, java.nio.file.attribute.FileTime modified, Object fileKey) {
    }

    /** A file's text (line endings normalised), or the problem that keeps it out (not UTF-8, a forbidden character). */
    public record Read(Optional<String> text, Optional<Problem> problem) {
    }

    private ContentLoader() {
    }

    public static Loaded load(Path sourceDir, SiteConfig config, boolean drafts) throws ContentException {
        Loaded loaded = loadAll(sourceDir, config, drafts);
        if (!loaded.problems().isEmpty()) {
            throw new ContentException(loaded.problems());
        }
        return loaded;
    }

    /**
     * Loads what can be loaded and returns the problems instead of throwing for them, so that later checks (the
     * Markdown of every file) can add theirs and a contributor sees everything in one run.
     */
    public static Loaded loadAll(Path sourceDir, SiteConfig config, boolean drafts) throws ContentException {
        return loadAll(sourceDir, config, drafts, Reuse.never());
    }

    /** As {@link #loadAll(Path, SiteConfig, boolean)}, letting {@code reuse} return items kept from the last build. */
    public static Loaded loadAll(Path sourceDir, SiteConfig config, boolean drafts, Reuse reuse) throws ContentException {
        SchemaChecker schema;
        try {
            schema = new SchemaChecker(YamlMappers.json().readTree(sourceDir.resolve(ConfigLoader.SCHEMA_FILE).toFile()));
        } catch (IOException e) {
            throw new ContentException(Problem.of(ConfigLoader.SCHEMA_FILE, 0, "", "cannot read the schema: " + e.getMessage(), ""));
        }
        ContentScanner.Scan scan = ContentScanner.scan(sourceDir, config, reuse);
        List<Problem> problems = new ArrayList<>(scan.problems());
        DocumentParser parser = new DocumentParser(schema, config);

        Map<String, List<SourceFile>> byItem = new TreeMap<>();
        for (SourceFile f : scan.files()) {
            byItem.computeIfAbsent(f.id(), k -> new ArrayList<>()).add(f);
        }
        SortedMap<String, Item> items = new TreeMap<>();
        // Items are parsed and checked on all cores; their problems are collected in id order, as before.
        List<Assembled> assembled = byItem.entrySet().parallelStream()
                .map(entry -> reuse.item(entry.getKey(), List.copyOf(entry.getValue()), () -> {
                    List<Problem> found = new ArrayList<>();
                    Optional<Item> item = assemble(entry.getKey(), entry.getValue(), parser, found);
                    return new Assembled(item, found);
                })).toList();
        for (Assembled made : assembled) {
            problems.addAll(made.problems());
            made.item().ifPresent(item -> items.put(item.id(), item));
        }
        Set<String> broken = new TreeSet<>(byItem.keySet());
        broken.removeAll(items.keySet());
        SiteModel linked = SiteModel.of(config, items);
        problems.addAll(LinkChecks.check(linked, broken));
        problems.addAll(LinkChecks.checkUnassembled(linked, broken,
                broken.stream().flatMap(id -> byItem.get(id).stream()).toList()));
        if (!drafts) {
            items.values().removeIf(i -> i.meta().status().equals("draft"));
            // A translation marked draft (as `new --lang` writes it) is left out until it is translated.
            items.replaceAll((id, i) -> {
                SortedMap<String, Document> kept = new TreeMap<>(i.current());
                kept.values().removeIf(d -> d.meta().isTranslation() && d.meta().status().equals("draft"));
                return kept.size() == i.current().size() ? i : new Item(i.id(), i.section(), i.sourceLang(), kept, i.history());
            });
        }
        SiteModel model = SiteModel.of(config, items);
        List<Body> unassembled = new ArrayList<>();
        for (String id : broken) {
            for (SourceFile f : byItem.get(id)) {
                FrontMatterSplitter.split(f.text()).ifPresent(s -> unassembled.add(
                        new Body(f.relPath(), f.section(), f.id(), f.lang(), s.body(), s.bodyLine())));
            }
        }
        return new Loaded(model, scan.attachments(), List.copyOf(problems), Set.copyOf(broken), List.copyOf(unassembled));
    }

    private static final java.util.regex.Pattern HEADER_FIELD =
            java.util.regex.Pattern.compile("^([a-z_]+)\\s*[:=]\\s*[\"']?([^\"'#]*?)[\"']?\\s*(#.*)?$");

    /**
     * A top-level scalar field as written in a file's header, read line by line so that it is known even when the
     * file does not pass the schema (to tell a translation from a second source file, and a draft from a published one).
     */
    static Optional<String> field(SourceFile f, String name) {
        var split = FrontMatterSplitter.split(f.text());
        if (split.isEmpty()) {
            return Optional.empty();
        }
        for (String line : split.get().header().split("\n")) {
            var m = HEADER_FIELD.matcher(line);
            if (m.matches() && m.group(1).equals(name)) {
                return Optional.of(m.group(2).strip());
            }
        }
        return Optional.empty();
    }

    private static Optional<Item> assemble(String id, List<SourceFile> files, DocumentParser parser, List<Problem> problems) {
        List<String> sections = files.stream().map(SourceFile::section).distinct().toList();
        if (sections.size() > 1) {
            problems.add(Problem.of(files.get(0).relPath(), 0, "id", "the id '" + id + "' is used in more than one section: "
                    + sections + ".", "ids are unique across sections; rename one of the folders."));
            return Optional.empty();
        }
        List<SourceFile> untranslated = files.stream().filter(f -> !f.isFrozen() && field(f, "translation_of").isEmpty()).toList();
        // The source file: the current file without translation_of that declares a version (or, failing that, the first
        // without translation_of).
        Optional<SourceFile> candidate = untranslated.stream().filter(f -> field(f, "version").isPresent()).findFirst()
                .or(() -> untranslated.stream().findFirst());
        String sourceFile = candidate.map(SourceFile::relPath).orElse("the source-language file");
        String sourceStatus = candidate.flatMap(f -> field(f, "status")).orElse("published");
        Optional<String> sourceVersion = candidate.flatMap(f -> field(f, "version"));
        List<Document> current = new ArrayList<>();
        List<Document> frozen = new ArrayList<>();
        int before = problems.size();
        for (SourceFile f : files) {
            boolean otherSource = candidate.isPresent() && candidate.get() != f && sourceVersion.isPresent();
            var context = new DocumentParser.ItemContext(sourceFile, sourceStatus, sourceVersion, otherSource);
            parser.parse(f, context, problems).ifPresent(d -> (f.isFrozen() ? frozen : current).add(d));
        }
        if (problems.size() > before) {
            return Optional.empty();
        }
        List<Document> sources = current.stream().filter(d -> !d.meta().isTranslation()).toList();
        String folder = "content/" + sections.get(0) + "/" + id;
        if (sources.size() != 1) {
            problems.add(Problem.of(folder, 0, "translation_of", sources.isEmpty()
                    ? "the item has no source-language file: every file has translation_of."
                    : "the item has " + sources.size() + " source-language files: " + sources.stream().map(Document::lang).toList() + ".",
                    "exactly one current file omits translation_of; the others name the version they translate."));
            return Optional.empty();
        }
        Document source = sources.get(0);
        int laws = source.meta().legalBasis().size();
        for (Document d : current) {
            int given = d.meta().legalBasis().size();
            if (d.meta().isTranslation() && given > 0 && given != laws) {
                problems.add(Problem.of(d.source().relPath(), d.fieldLine("legal_basis"), "legal_basis", "the translation gives "
                        + given + " legal_basis entries; " + source.source().relPath() + " has " + laws + ".",
                        "translate each entry of the source file, in the same order (requires, and scope if it has one)."));
            } else if (d.meta().isTranslation()) {
                for (int i = 0; i < given; i++) {
                    if (source.meta().legalBasis().get(i).scope() != null && d.meta().legalBasis().get(i).scope() == null) {
                        problems.add(Problem.of(d.source().relPath(), d.line("/legal_basis/" + i), "legal_basis[" + i + "].scope",
                                "the source file gives this entry a scope; the translation does not.", "translate the scope too."));
                    }
                }
            }
        }
        SortedMap<String, Document> byLang = new TreeMap<>();
        current.forEach(d -> byLang.put(d.lang(), d));
        SortedMap<String, SortedMap<String, Document>> history = new TreeMap<>(Versions.ORDER);
        for (Document d : frozen) {
            String version = d.source().frozenVersion().orElseThrow();
            String declared = d.meta().isTranslation() ? null : d.meta().version();
            if (declared != null && !declared.equals(version)) {
                problems.add(Problem.of(d.source().relPath(), 0, "version", "the file is named for version " + version
                        + " but says version " + declared + ".", "a frozen file keeps the version it froze."));
            }
            if (Versions.ORDER.compare(version, source.meta().version()) >= 0) {
                problems.add(Problem.of(d.source().relPath(), 0, "version", "frozen version " + version
                        + " is not older than the current version " + source.meta().version() + ".",
                        "raise the version in " + source.source().relPath() + "."));
            }
            history.computeIfAbsent(version, v -> new TreeMap<>()).put(d.lang(), d);
        }
        history.forEach((version, docs) -> {
            if (!docs.containsKey(source.lang())) {
                problems.add(Problem.of(folder + "/history", 0, "version", "version " + version + " has no frozen file in the source language.",
                        "add history/" + version + "." + source.lang() + ".md."));
            }
        });
        return Optional.of(new Item(id, sections.get(0), source.lang(), byLang, history));
    }
}
