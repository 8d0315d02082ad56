package org.clausebook.markdown;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.util.ast.Node;

import java.util.ArrayList;
import java.util.List;

/**
 * Walks a parsed Markdown text and lists raw HTML, level-1 headings (the page title is the only one), forbidden URLs
 * and links to things that do not exist.
 */
final class MarkdownChecker {
    private static final int MAX_DEPTH = 40;
    private final int baseLine;
    private final LinkTarget target;
    private final List<MarkdownProblem> problems = new ArrayList<>();

    MarkdownChecker(int baseLine, LinkTarget target) {
        this.baseLine = baseLine;
        this.target = target;
    }

    List<MarkdownProblem> problems() {
        return List.copyOf(problems);
    }

    void visit(Node root) {
        visit(root, 0);
    }

    private void visit(Node node, int depth) {
        if (depth > MAX_DEPTH) {
            add(node, "the Markdown is nested more than " + MAX_DEPTH + " levels deep.", "flatten the nested lists or quotes.");
            return;
        }
        if (MarkdownRenderer.isRawHtml(node)) {
            String html = node.getChars().toString().strip();
            add(node, "raw HTML is not allowed: " + abbreviate(html) + ".",
                    "write it in Markdown; the page escapes HTML, so it would show as text.");
        }
        if (node instanceof Heading h && h.getLevel() == 1) {
            String text = abbreviate(h.getText().toString().strip());
            add(node, "'" + text + "' is a level-1 heading" + (h.isSetextHeading() ? " (text underlined with ===)" : "")
                    + "; the page title is the page's only level-1 heading.",
                    h.isSetextHeading() ? "use ## for sections: write '## " + text + "' and remove the === line."
                            : "use ## for sections: write '## " + text + "'.");
        }
        MarkdownRenderer.urlOf(node).ifPresent(url -> checkUrl(node, url, node instanceof Image));
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            visit(child, depth + 1);
        }
    }

    private void checkUrl(Node node, String url, boolean image) {
        switch (UrlPolicy.classify(url, image)) {
            case FORBIDDEN -> add(node, (image ? "image" : "link") + " address '" + abbreviate(url) + "' is not allowed.",
                    image ? "images must be files in the item's folder, e.g. ![Chart](chart.png)."
                            : "use https:, http:, mailto:, item:<id> or a file in the item's folder.");
            case ITEM -> {
                String rest = url.strip().substring(UrlPolicy.ITEM_SCHEME.length());
                String id = rest.contains("#") ? rest.substring(0, rest.indexOf('#')) : rest;
                if (target.item(id).isEmpty()) {
                    add(node, "link to item '" + abbreviate(id) + "', which does not exist.", "use the folder name of an existing item.");
                }
            }
            case ATTACHMENT -> {
                if (target.attachment(url.strip()).isEmpty()) {
                    add(node, "link to '" + abbreviate(url) + "', which is not in the item's folder.",
                            "add the file next to the Markdown file, or correct the name.");
                }
            }
            default -> {
            }
        }
    }

    private void add(Node node, String message, String hint) {
        problems.add(new MarkdownProblem(baseLine + node.getStartLineNumber(), message, hint));
    }

    private static String abbreviate(String s) {
        String one = s.replaceAll("\\s+", " ");
        return one.length() <= 60 ? one : one.substring(0, 57) + "...";
    }
}
