package org.clausebook.office;

import java.util.List;

/**
 * The .md and .txt downloads, written from the same {@link Blocks} as the office files: Markdown with the item's
 * facts as a list and links made absolute; plain text with lists numbered "1." and bulleted "-", wrapped by the
 * reader's editor. Line ends are \n; the files are UTF-8.
 */
final class TextWriter {
    private TextWriter() {
    }

    static String markdown(ItemText t) {
        StringBuilder b = new StringBuilder();
        b.append("# ").append(t.title()).append("\n\n");
        for (String[] fact : t.facts()) {
            b.append("- **").append(fact[0]).append(":** ").append(fact[1]).append('\n');
        }
        b.append('\n');
        if (!t.labels().fallback().isEmpty()) {
            b.append('*').append(t.labels().fallback()).append("*\n\n");
        }
        b.append("## ").append(t.labels().tender()).append("\n\n");
        blocks(b, t.tender(), true, "", 2);
        if (!t.verification().isEmpty()) {
            b.append("## ").append(t.labels().verification()).append("\n\n");
            blocks(b, t.verification(), true, "", 2);
        }
        trailer(b, t, true);
        return b.toString();
    }

    static String text(ItemText t) {
        StringBuilder b = new StringBuilder();
        b.append(t.title()).append('\n').append("=".repeat(Math.min(72, t.title().length()))).append("\n\n");
        for (String[] fact : t.facts()) {
            b.append(fact[0]).append(": ").append(fact[1]).append('\n');
        }
        b.append('\n');
        if (!t.labels().fallback().isEmpty()) {
            b.append(t.labels().fallback()).append("\n\n");
        }
        heading(b, t.labels().tender());
        blocks(b, t.tender(), false, "", 2);
        if (!t.verification().isEmpty()) {
            heading(b, t.labels().verification());
            blocks(b, t.verification(), false, "", 2);
        }
        trailer(b, t, false);
        return b.toString();
    }

    private static void heading(StringBuilder b, String text) {
        b.append(text).append('\n').append("-".repeat(Math.min(72, text.length()))).append("\n\n");
    }

    private static void trailer(StringBuilder b, ItemText t, boolean md) {
        if (!t.sources().isEmpty()) {
            if (md) {
                b.append("## ").append(t.labels().sources()).append("\n\n");
            } else {
                heading(b, t.labels().sources());
            }
            t.sources().forEach(s -> b.append("- ").append(s).append('\n'));
            b.append('\n');
        }
        if (md) {
            b.append("## ").append(t.labels().licence()).append("\n\n");
        } else {
            heading(b, t.labels().licence());
        }
        b.append(t.licence()).append(" – ").append(t.licenceUrl()).append("\n\n");
        b.append(t.labels().attribution()).append(": ").append(t.attribution()).append('\n');
    }

    private static void blocks(StringBuilder b, List<Blocks.Block> blocks, boolean md, String indent, int shift) {
        for (Blocks.Block block : blocks) {
            if (block instanceof Blocks.Heading h) {
                b.append(indent).append(md ? "#".repeat(Math.min(6, h.level() + shift)) + " " : "")
                        .append(runs(h.runs(), md)).append("\n\n");
            } else if (block instanceof Blocks.Paragraph p) {
                b.append(indent).append(runs(p.runs(), md).replace("\n", "\n" + indent)).append("\n\n");
            } else if (block instanceof Blocks.ListBlock l) {
                    int n = l.start();
                    for (List<Blocks.Block> item : l.items()) {
                        String marker = l.ordered() ? (n++) + ". " : "- ";
                        StringBuilder inner = new StringBuilder();
                        blocks(inner, item, md, "", shift);
                        String text = inner.toString().strip().replace("\n\n", "\n").replace("\n", "\n" + indent + " ".repeat(marker.length()));
                        b.append(indent).append(marker).append(text).append('\n');
                    }
                    b.append('\n');
            } else if (block instanceof Blocks.Table t) {
                    for (int r = 0; r < t.rows().size(); r++) {
                        List<String> cells = t.rows().get(r).stream().map(c -> runs(c, md).replace("|", md ? "\\|" : "|")).toList();
                        b.append(indent).append(md ? "| " + String.join(" | ", cells) + " |" : String.join("\t", cells)).append('\n');
                        if (md && r == Math.max(0, t.headerRows() - 1)) {
                            b.append(indent).append("|").append(" --- |".repeat(cells.size())).append('\n');
                        }
                    }
                    b.append('\n');
            }
        }
    }

    private static String runs(List<Blocks.Run> runs, boolean md) {
        if (!md) {
            return Blocks.plain(runs);
        }
        StringBuilder out = new StringBuilder();
        for (Blocks.Run r : runs) {
            String text = r.placeholder() ? r.text() : escape(r.text());
            if (!r.url().isEmpty()) {
                text = "[" + text + "](" + r.url() + ")";
            }
            if (r.italic()) {
                text = "*" + text + "*";
            }
            if (r.bold()) {
                text = "**" + text + "**";
            }
            out.append(text);
        }
        return out.toString();
    }

    /** Escapes what would otherwise start Markdown formatting inside a run of plain text. */
    private static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            if ("\\*_`[]<".indexOf(c) >= 0) {
                out.append('\\');
            }
            out.append(c);
        }
        return out.toString();
    }
}
