package org.clausebook.content;

import org.clausebook.diagnostics.Problem;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Checks what items say about each other: related ids, uses and their versions, initiatives, translated versions. */
final class LinkChecks {
    private static final Set<String> USABLE = Set.of("criteria", "clauses");
    /** How an id is written (the schema's pattern): lower-case letters, digits and hyphens. */
    private static final java.util.regex.Pattern ID = java.util.regex.Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    private LinkChecks() {
    }

    /**
     * @param broken ids of items that exist but could not be read; links to them are not reported again
     */
    static List<Problem> check(SiteModel model, Set<String> broken) {
        List<Problem> problems = new ArrayList<>();
        for (Item item : model.items().values()) {
            Document source = item.source();
            String file = source.source().relPath();
            FrontMatter meta = item.meta();
            for (int i = 0; i < meta.related().size(); i++) {
                String id = meta.related().get(i);
                if (model.item(id).isEmpty() && !broken.contains(id)) {
                    problems.add(Problem.of(file, source.line("/related/" + i), "related[" + i + "]", "no item has the id '" + id + "'.",
                            "use the folder name of an existing item" + suggestion(model, id) + "."));
                } else if (id.equals(item.id())) {
                    problems.add(Problem.of(file, source.line("/related/" + i), "related[" + i + "]", "an item cannot be related to itself.", "remove it."));
                }
            }
            for (int i = 0; i < meta.uses().size(); i++) {
                FrontMatter.Use use = meta.uses().get(i);
                var target = model.item(use.id());
                if (target.isEmpty() && broken.contains(use.id())) {
                    continue;
                }
                if (target.isEmpty() || !USABLE.contains(target.get().section())) {
                    problems.add(Problem.of(file, source.line("/uses/" + i + "/id"), "uses[" + i + "].id", "no criterion or clause has the id '"
                            + use.id() + "'.", "name an item under content/criteria or content/clauses" + suggestion(model, use.id()) + "."));
                } else if (!target.get().hasVersion(use.version())) {
                    problems.add(Problem.of(file, source.line("/uses/" + i + "/version"), "uses[" + i + "].version", "'" + use.id() + "' has no version "
                            + use.version() + ".", "its versions are " + target.get().versions() + "."));
                }
            }
            for (int i = 0; i < meta.initiatives().size(); i++) {
                String id = meta.initiatives().get(i);
                if (model.item(id).filter(t -> t.section().equals("initiatives")).isEmpty() && !broken.contains(id)) {
                    problems.add(Problem.of(file, source.line("/initiatives/" + i), "initiatives[" + i + "]", "no initiative has the id '" + id + "'.",
                            "name a folder under content/initiatives" + suggestion(model, id) + "."));
                }
            }
            if (!meta.status().equals("draft")) {
                List<String> targets = new ArrayList<>(meta.related());
                meta.uses().forEach(u -> targets.add(u.id()));
                targets.addAll(meta.initiatives());
                targets.stream().distinct().flatMap(id -> model.item(id).stream())
                        .filter(t -> t.meta().status().equals("draft"))
                        .forEach(t -> problems.add(Problem.of(file, 0, "", "links to '" + t.id() + "', which is a draft and is not published.",
                                "publish '" + t.id() + "' first, or make this item a draft too.")));
            }
            checkTranslations(item, item.current(), problems);
            for (Map<String, Document> frozen : item.history().values()) {
                checkTranslations(item, frozen, problems);
            }
        }
        return problems;
    }

    /**
     * The links of files whose item could not be assembled (a front-matter error elsewhere in the file): their
     * {@code related}, {@code uses} and {@code initiatives} ids are checked as far as the YAML can be read, so that a
     * contributor sees a mistyped id in the same run as the other problems, not after fixing them.
     */
    static List<Problem> checkUnassembled(SiteModel model, Set<String> broken, List<SourceFile> files) {
        List<Problem> problems = new ArrayList<>();
        // An id that is not even written as one is reported by the schema check; naming it again adds nothing.
        java.util.function.Predicate<String> unknown = id -> ID.matcher(id).matches() && !broken.contains(id) && model.item(id).isEmpty();
        for (SourceFile f : files) {
            var split = FrontMatterSplitter.split(f.text());
            if (split.isEmpty() || split.get().jbake()) {
                continue;
            }
            YamlTree tree;
            try {
                tree = YamlTree.parse(org.clausebook.config.YamlMappers.yaml(), split.get().header());
            } catch (java.io.IOException | RuntimeException e) {
                continue; // a YAML error, reported by the parser
            }
            int offset = split.get().headerLine() - 1;
            var root = tree.root();
            var related = root.path("related");
            for (int i = 0; i < related.size(); i++) {
                String id = related.get(i).asText();
                if (unknown.test(id)) {
                    problems.add(Problem.of(f.relPath(), tree.lineOf("/related/" + i) + offset, "related[" + i + "]",
                            "no item has the id '" + id + "'.", "use the folder name of an existing item" + suggestion(model, id) + "."));
                }
            }
            var uses = root.path("uses");
            for (int i = 0; i < uses.size(); i++) {
                String id = uses.get(i).path("id").asText("");
                var target = model.item(id);
                if (ID.matcher(id).matches() && !broken.contains(id) && (target.isEmpty() || !USABLE.contains(target.get().section()))) {
                    problems.add(Problem.of(f.relPath(), tree.lineOf("/uses/" + i + "/id") + offset, "uses[" + i + "].id",
                            "no criterion or clause has the id '" + id + "'.",
                            "name an item under content/criteria or content/clauses" + suggestion(model, id) + "."));
                }
            }
            var initiatives = root.path("initiatives");
            for (int i = 0; i < initiatives.size(); i++) {
                String id = initiatives.get(i).asText();
                if (ID.matcher(id).matches() && model.item(id).filter(t -> t.section().equals("initiatives")).isEmpty() && !broken.contains(id)) {
                    problems.add(Problem.of(f.relPath(), tree.lineOf("/initiatives/" + i) + offset, "initiatives[" + i + "]",
                            "no initiative has the id '" + id + "'.", "name a folder under content/initiatives" + suggestion(model, id) + "."));
                }
            }
        }
        return problems;
    }

    private static void checkTranslations(Item item, Map<String, Document> docs, List<Problem> problems) {
        for (Document d : docs.values()) {
            String of = d.meta().translationOf();
            if (of == null) {
                continue;
            }
            if (d.lang().equals(item.sourceLang())) {
                problems.add(Problem.of(d.source().relPath(), 0, "translation_of", "a file in the source language (" + item.sourceLang()
                        + ") cannot be a translation.", "remove translation_of."));
            } else if (!item.hasVersion(of)) {
                problems.add(Problem.of(d.source().relPath(), line(d, "translation_of"), "translation_of", "version " + of
                        + " of '" + item.id() + "' does not exist.", "the versions are " + item.versions() + "."));
            }
        }
    }

    private static int line(Document d, String field) {
        return d.fieldLine(field);
    }

    /** The closest existing id, if it is close enough to be a likely typo. */
    private static String suggestion(SiteModel model, String id) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String k : model.items().keySet()) {
            int d = distance(k, id);
            if (d < bestDistance) {
                best = k;
                bestDistance = d;
            }
        }
        return best != null && bestDistance <= Math.max(2, id.length() / 4) ? " (did you mean '" + best + "'?)" : "";
    }

    /** Levenshtein distance. */
    static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
