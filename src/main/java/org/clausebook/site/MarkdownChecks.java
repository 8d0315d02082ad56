package org.clausebook.site;

import org.clausebook.content.ContentLoader;
import org.clausebook.content.Document;
import org.clausebook.content.Item;
import org.clausebook.diagnostics.Problem;
import org.clausebook.markdown.LinkTarget;
import org.clausebook.markdown.MarkdownProblem;
import org.clausebook.markdown.MarkdownRenderer;
import org.clausebook.render.RenderContext;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/** Checks the Markdown of every document (body, tender text, verification): raw HTML, unsafe or dangling links. */
final class MarkdownChecks {
    private MarkdownChecks() {
    }

    /**
     * One document and the item it belongs to: with the items and attachments that exist (the same while
     * {@code serve} keeps a result), everything its Markdown problems depend on. An unchanged item's documents are
     * the same objects from build to build, so comparing them is cheap.
     */
    record Texts(String section, String id, Document doc) {
        String file() {
            return doc.source().relPath();
        }
    }

    /** How one document is checked: {@code serve} may return what it kept for the same texts in the same site. */
    @FunctionalInterface
    interface Reuse {
        List<Problem> document(Texts texts, Supplier<List<Problem>> make);

        static Reuse never() {
            return (texts, make) -> make.get();
        }
    }

    /** @param broken ids of items that exist but could not be loaded: links to them are not reported again */
    static List<Problem> check(RenderContext ctx, Set<String> broken) {
        return check(ctx, broken, Reuse.never());
    }

    static List<Problem> check(RenderContext ctx, Set<String> broken, Reuse reuse) {
        MarkdownRenderer md = ctx.markdown();
        List<Texts> all = new ArrayList<>();
        for (Item item : ctx.model().items().values()) {
            List<Map<String, Document>> versions = new ArrayList<>();
            versions.add(item.current());
            versions.addAll(item.history().values());
            for (Map<String, Document> docs : versions) {
                docs.values().forEach(doc -> all.add(new Texts(item.section(), item.id(), doc)));
            }
        }
        // Checked on all cores; the problems come out in the order of the documents.
        return all.parallelStream().flatMap(texts -> reuse.document(texts, () -> {
            Document doc = texts.doc();
            LinkTarget links = tolerating(ctx.links(doc.lang(), ctx.model().item(texts.id()).orElseThrow()), broken);
            String file = texts.file();
            List<Problem> found = new ArrayList<>();
            add(found, file, "", md.check(doc.body(), doc.bodyLine(), links));
            if (doc.meta().tenderText() != null) {
                add(found, file, "tender_text", md.check(doc.meta().tenderText(), fieldLine(doc, "tender_text") + 1, links));
            }
            if (doc.meta().verification() != null) {
                add(found, file, "verification", md.check(doc.meta().verification(), fieldLine(doc, "verification") + 1, links));
            }
            return List.copyOf(found);
        }).stream()).toList();
    }

    /**
     * The bodies of files whose item could not be loaded (their front matter has problems): their Markdown is checked
     * too, with links to items resolved against what did load.
     */
    static List<Problem> checkUnassembled(RenderContext ctx, List<ContentLoader.Body> bodies, Set<String> broken) {
        MarkdownRenderer md = ctx.markdown();
        List<Problem> problems = new ArrayList<>();
        for (ContentLoader.Body body : bodies) {
            String folder = body.section() + "/" + body.id() + "/";
            LinkTarget links = tolerating(new LinkTarget() {
                @Override
                public Optional<String> item(String id) {
                    return ctx.model().item(id).map(i -> "#");
                }

                @Override
                public Optional<String> attachment(String name) {
                    return ctx.attachments().contains(folder + name) ? Optional.of(name) : Optional.empty();
                }
            }, broken);
            add(problems, body.file(), "", md.check(body.text(), body.line(), links));
        }
        return problems;
    }

    /** Treats links to items that exist but could not be loaded as resolved: their own problems are reported. */
    private static LinkTarget tolerating(LinkTarget target, Set<String> broken) {
        return new LinkTarget() {
            @Override
            public Optional<String> item(String id) {
                return broken.contains(id) ? Optional.of("#") : target.item(id);
            }

            @Override
            public Optional<String> attachment(String name) {
                return target.attachment(name);
            }
        };
    }

    private static void add(List<Problem> problems, String file, String field, List<MarkdownProblem> found) {
        found.forEach(p -> problems.add(Problem.of(file, p.line(), field, p.message(), p.hint())));
    }

    private static int fieldLine(Document doc, String field) {
        return Math.max(1, doc.fieldLine(field));
    }
}
