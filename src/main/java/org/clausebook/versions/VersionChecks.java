package org.clausebook.versions;

import org.clausebook.content.Document;
import org.clausebook.content.FrontMatter;
import org.clausebook.content.Item;
import org.clausebook.content.SiteModel;
import org.clausebook.diagnostics.Problem;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What keeps a cited version true to its text. Errors: a published criterion or clause whose text no longer matches
 * the hash recorded for its version; translated notes for versions or uses the source does not have. Warnings:
 * outdated translations and versions without a recorded hash ({@code validate --strict} makes them errors).
 */
public final class VersionChecks {
    private VersionChecks() {
    }

    public static List<Problem> errors(SiteModel model) {
        return errors(model, TextHash::of);
    }

    /** As {@link #errors(SiteModel)}, with {@code textHash} for {@link TextHash#of(Document)} (one that keeps them). */
    public static List<Problem> errors(SiteModel model, java.util.function.Function<Document, String> textHash) {
        List<Problem> problems = new ArrayList<>();
        for (Item item : model.items().values()) {
            Document source = item.source();
            recorded(item).filter(hash -> published(item)).ifPresent(hash -> {
                String now = textHash.apply(source);
                if (!now.equals(hash)) {
                    problems.add(Problem.of(source.source().relPath(), changeLine(source), "changes[0].hash",
                            "the text changed but the version did not: version " + item.version() + " was released with hash "
                                    + TextHash.shortForm(hash) + ", the tender text, verification and body now hash to "
                                    + TextHash.shortForm(now) + ". A buyer citing " + item.id() + "@" + item.version()
                                    + " would find a different text.",
                            "release a new version: clausebook bump " + item.section() + "/" + item.id()
                                    + " --note \"what changed\" (add --major when what a buyer asks for changes). For a correction that"
                                    + " changes no meaning (a typo), keep the version: clausebook lock " + item.section() + "/" + item.id() + "."));
                }
            });
            for (Document doc : item.current().values()) {
                if (doc.meta().isTranslation()) {
                    translatedNotes(item, doc, problems);
                }
            }
        }
        return problems;
    }

    public static List<Problem> warnings(SiteModel model) {
        List<Problem> problems = new ArrayList<>();
        for (Item item : model.items().values()) {
            if (published(item) && item.meta().tenderText() != null && recorded(item).isEmpty()) {
                problems.add(Problem.of(item.source().source().relPath(), Math.max(1, item.source().fieldLine("version")), "changes",
                        "version " + item.version() + " has no recorded text hash, so a changed text would go unnoticed.",
                        "clausebook lock " + item.section() + "/" + item.id() + " records it."));
            }
            for (Document doc : item.current().values()) {
                TranslationStatus.Entry entry = TranslationStatus.of(item, doc.lang());
                if (entry.state() == TranslationStatus.State.OUTDATED) {
                    problems.add(Problem.of(doc.source().relPath(), Math.max(1, doc.fieldLine("translation_of")), "translation_of",
                            "this translation follows version " + entry.follows() + "; " + item.source().source().relPath()
                                    + " is at version " + item.version() + ".",
                            "bring the text up to date (the item's history page compares version " + entry.follows() + " with "
                                    + item.version() + ") and set translation_of: \"" + item.version() + "\"."));
                }
            }
        }
        return problems;
    }

    /** The hash recorded in the change entry of the current version, if any. */
    public static Optional<String> recorded(Item item) {
        return item.meta().changes().stream().filter(c -> c.version().equals(item.version()))
                .map(FrontMatter.Change::hash).filter(h -> h != null).findFirst();
    }

    private static boolean published(Item item) {
        return item.meta().status().equals("published");
    }

    private static void translatedNotes(Item item, Document doc, List<Problem> problems) {
        String file = doc.source().relPath();
        for (FrontMatter.Change change : doc.meta().changes()) {
            if (!item.versions().contains(change.version())) {
                problems.add(Problem.of(file, Math.max(1, doc.fieldLine("changes")), "changes", "a note for version " + change.version()
                        + ", which '" + item.id() + "' does not have.", "the versions are " + item.versions() + "."));
            }
        }
        Set<String> used = item.meta().uses().stream().map(FrontMatter.Use::id).collect(Collectors.toSet());
        for (FrontMatter.Use use : doc.meta().uses()) {
            if (!used.contains(use.id())) {
                problems.add(Problem.of(file, Math.max(1, doc.fieldLine("uses")), "uses", "a note for '" + use.id() + "', which "
                        + item.source().source().relPath() + " does not list in uses.", "the ids in uses are " + used.stream().sorted().toList() + "."));
            }
        }
    }

    private static int changeLine(Document doc) {
        return Math.max(1, doc.fieldLine("changes"));
    }
}
