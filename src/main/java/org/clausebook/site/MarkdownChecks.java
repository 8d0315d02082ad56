package org.clausebook.site;

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

/** Checks the Markdown of every document (body, tender text, verification): raw HTML, unsafe or dangling links. */
final class MarkdownChecks {
    private MarkdownChecks() {
    }

    static List<Problem> check(RenderContext ctx) {
        MarkdownRenderer md = ctx.markdown();
        List<Problem> problems = new ArrayList<>();
        for (Item item : ctx.model().items().values()) {
            List<Map<String, Document>> all = new ArrayList<>();
            all.add(item.current());
            all.addAll(item.history().values());
            for (Map<String, Document> docs : all) {
                for (Document doc : docs.values()) {
                    LinkTarget links = ctx.links(doc.lang(), item);
                    String file = doc.source().relPath();
                    add(problems, file, "", md.check(doc.body(), doc.bodyLine(), links));
                    if (doc.meta().tenderText() != null) {
                        add(problems, file, "tender_text", md.check(doc.meta().tenderText(), fieldLine(doc, "tender_text") + 1, links));
                    }
                    if (doc.meta().verification() != null) {
                        add(problems, file, "verification", md.check(doc.meta().verification(), fieldLine(doc, "verification") + 1, links));
                    }
                }
            }
        }
        return problems;
    }

    private static void add(List<Problem> problems, String file, String field, List<MarkdownProblem> found) {
        found.forEach(p -> problems.add(Problem.of(file, p.line(), field, p.message(), p.hint())));
    }

    private static int fieldLine(Document doc, String field) {
        return Math.max(1, doc.fieldLine(field));
    }
}
