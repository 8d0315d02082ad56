package org.clausebook.versions;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

import java.util.ArrayList;
import java.util.List;

/**
 * The readable blocks of rendered Markdown: paragraphs, headings, list items, table cells and code, in document
 * order, each as plain text. Diffs compare these, so the Markdown syntax never shows up as a change.
 */
final class BlockText {
    /** One block: its kind ({@code p}, {@code h2}, {@code li}, {@code td} …), a label (a list number) and its text. */
    record Block(String kind, String label, String text) {
    }

    private static final String BLOCKS = "p, h1, h2, h3, h4, h5, h6, pre, li, td, th";

    private BlockText() {
    }

    static List<Block> of(String html) {
        List<Block> out = new ArrayList<>();
        if (html == null || html.isBlank()) {
            return out;
        }
        for (Element e : Jsoup.parseBodyFragment(html).body().select(BLOCKS)) {
            Element own = e;
            if (e.tagName().equals("li")) {
                own = e.clone();
                own.select("ul, ol, p").remove();
            }
            String text = own.text().strip();
            if (text.isEmpty()) {
                continue;
            }
            Element li = e.tagName().equals("p") ? e.parent() : null;
            boolean inItem = li != null && li.tagName().equals("li");
            Element item = e.tagName().equals("li") ? e : inItem ? li : null;
            String kind = item != null ? "li" : e.tagName();
            out.add(new Block(kind, item == null ? "" : label(item), text));
        }
        return out;
    }

    /** "3." for the third item of an ordered list (respecting its start), "•" for a bullet. */
    private static String label(Element li) {
        Element list = li.parent();
        if (list == null || !list.tagName().equals("ol")) {
            return "•";
        }
        int start = 1;
        try {
            start = list.hasAttr("start") ? Integer.parseInt(list.attr("start")) : 1;
        } catch (NumberFormatException ignored) {
            // the renderer writes numbers only
        }
        return (start + li.elementSiblingIndex()) + ".";
    }
}
