package org.clausebook.office;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.BlockQuote;
import com.vladsch.flexmark.ast.BulletList;
import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.Emphasis;
import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.HardLineBreak;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.IndentedCodeBlock;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.LinkRef;
import com.vladsch.flexmark.ast.ListItem;
import com.vladsch.flexmark.ast.MailLink;
import com.vladsch.flexmark.ast.OrderedList;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ast.StrongEmphasis;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ast.ThematicBreak;
import com.vladsch.flexmark.ext.tables.TableBlock;
import com.vladsch.flexmark.ext.tables.TableCell;
import com.vladsch.flexmark.ext.tables.TableHead;
import com.vladsch.flexmark.ext.tables.TableRow;
import com.vladsch.flexmark.ext.tables.TableSeparator;
import com.vladsch.flexmark.util.ast.Node;
import org.clausebook.markdown.MarkdownRenderer;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a Markdown text into {@link Blocks} by walking the Flexmark tree of the site's own parser. Square-bracket
 * placeholders ({@code [30] days}) come out as runs marked {@code placeholder}: Flexmark reads an undefined
 * {@code [x]} as a {@link LinkRef}, and a bracket inside plain text is found in the text of the node, never in the
 * Markdown source. Raw HTML (which validation rejects) and images are left out.
 */
public final class MarkdownBlocks {
    private static final Pattern BRACKETS = Pattern.compile("\\[[^\\[\\]\\n]+]");

    private final MarkdownRenderer markdown;
    private final UnaryOperator<String> links;

    /** @param links turns a link target of the Markdown ({@code item:id}, relative, …) into an absolute URL, or "" */
    public MarkdownBlocks(MarkdownRenderer markdown, UnaryOperator<String> links) {
        this.markdown = markdown;
        this.links = links;
    }

    public List<Blocks.Block> read(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return blocks(markdown.parse(text));
    }

    private List<Blocks.Block> blocks(Node parent) {
        List<Blocks.Block> out = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNext()) {
            if (n instanceof Heading h) {
                out.add(new Blocks.Heading(h.getLevel(), runs(h)));
            } else if (n instanceof Paragraph p) {
                out.add(new Blocks.Paragraph(runs(p)));
            } else if (n instanceof OrderedList l) {
                out.add(new Blocks.ListBlock(true, l.getStartNumber(), items(l)));
            } else if (n instanceof BulletList l) {
                out.add(new Blocks.ListBlock(false, 1, items(l)));
            } else if (n instanceof TableBlock t) {
                out.add(table(t));
            } else if (n instanceof BlockQuote q) {
                out.addAll(blocks(q));
            } else if (n instanceof FencedCodeBlock || n instanceof IndentedCodeBlock) {
                out.add(new Blocks.Paragraph(List.of(new Blocks.Run(n.getChildChars().toString().stripTrailing(),
                        false, false, false, ""))));
            } else if (!(n instanceof ThematicBreak)) {
                List<Blocks.Run> runs = runs(n);
                if (!runs.isEmpty()) {
                    out.add(new Blocks.Paragraph(runs));
                }
            }
        }
        return out;
    }

    private List<List<Blocks.Block>> items(Node list) {
        List<List<Blocks.Block>> items = new ArrayList<>();
        for (Node n = list.getFirstChild(); n != null; n = n.getNext()) {
            if (n instanceof ListItem item) {
                items.add(blocks(item));
            }
        }
        return items;
    }

    private Blocks.Table table(TableBlock t) {
        List<List<List<Blocks.Run>>> rows = new ArrayList<>();
        int header = 0;
        for (Node section = t.getFirstChild(); section != null; section = section.getNext()) {
            if (section instanceof TableSeparator) {
                continue; // the |---| line
            }
            for (Node row = section.getFirstChild(); row != null; row = row.getNext()) {
                if (!(row instanceof TableRow)) {
                    continue;
                }
                List<List<Blocks.Run>> cells = new ArrayList<>();
                for (Node cell = row.getFirstChild(); cell != null; cell = cell.getNext()) {
                    if (cell instanceof TableCell) {
                        cells.add(runs(cell));
                    }
                }
                rows.add(cells);
                if (section instanceof TableHead) {
                    header++;
                }
            }
        }
        return new Blocks.Table(header, rows);
    }

    private List<Blocks.Run> runs(Node parent) {
        List<Blocks.Run> out = new ArrayList<>();
        inline(parent, new Blocks.Run("", false, false, false, ""), out);
        List<Blocks.Run> split = new ArrayList<>();
        merge(out).forEach(r -> {
            if (r.placeholder()) {
                split.add(r);
            } else {
                text(r.text(), r, split);
            }
        });
        return List.copyOf(split);
    }

    private void inline(Node parent, Blocks.Run style, List<Blocks.Run> out) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNext()) {
            if (n instanceof Text) {
                out.add(style.with(n.getChars().toString()));
            } else if (n instanceof StrongEmphasis) {
                inline(n, new Blocks.Run("", true, style.italic(), style.placeholder(), style.url()), out);
            } else if (n instanceof Emphasis) {
                inline(n, new Blocks.Run("", style.bold(), true, style.placeholder(), style.url()), out);
            } else if (n instanceof LinkRef ref && !ref.isDefined()) {
                out.add(new Blocks.Run(n.getChars().toString(), style.bold(), style.italic(), true, style.url()));
            } else if (n instanceof Link link) {
                inline(n, new Blocks.Run("", style.bold(), style.italic(), style.placeholder(), links.apply(link.getUrl().toString())), out);
            } else if (n instanceof AutoLink a) {
                out.add(new Blocks.Run(a.getText().toString(), style.bold(), style.italic(), false, links.apply(a.getUrl().toString())));
            } else if (n instanceof MailLink m) {
                out.add(style.with(m.getText().toString()));
            } else if (n instanceof Code c) {
                out.add(style.with(c.getText().toString()));
            } else if (n instanceof SoftLineBreak) {
                out.add(style.with(" "));
            } else if (n instanceof HardLineBreak) {
                out.add(style.with("\n"));
            } else if (n.hasChildren()) {
                inline(n, style, out);
            }
        }
    }

    /** Splits plain text at bracketed placeholders. */
    private static void text(String text, Blocks.Run style, List<Blocks.Run> out) {
        Matcher m = BRACKETS.matcher(text);
        int at = 0;
        while (m.find()) {
            if (m.start() > at) {
                out.add(style.with(text.substring(at, m.start())));
            }
            out.add(new Blocks.Run(m.group(), style.bold(), style.italic(), true, style.url()));
            at = m.end();
        }
        if (at < text.length()) {
            out.add(style.with(text.substring(at)));
        }
    }

    /** Joins neighbouring runs with the same formatting (Flexmark splits text at brackets and escapes). */
    private static List<Blocks.Run> merge(List<Blocks.Run> runs) {
        List<Blocks.Run> out = new ArrayList<>();
        for (Blocks.Run r : runs) {
            if (r.text().isEmpty()) {
                continue;
            }
            int last = out.size() - 1;
            if (last >= 0 && !r.placeholder() && same(out.get(last), r)) {
                out.set(last, r.with(out.get(last).text() + r.text()));
            } else {
                out.add(r);
            }
        }
        return List.copyOf(out);
    }

    private static boolean same(Blocks.Run a, Blocks.Run b) {
        return !a.placeholder() && a.bold() == b.bold() && a.italic() == b.italic() && a.url().equals(b.url());
    }
}
