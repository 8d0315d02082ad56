package org.clausebook.office;

import java.util.List;

/**
 * The structure of a Markdown text as the office writers need it: block by block, each paragraph a list of
 * formatted runs. It is what {@link MarkdownBlocks} reads out of the Flexmark tree, so the .docx, .odt and .txt
 * writers share one reading of the Markdown and none of them parses it again.
 */
public final class Blocks {
    private Blocks() {
    }

    /** A block of a document. */
    public sealed interface Block permits Heading, Paragraph, ListBlock, Table {
    }

    /**
     * A piece of text with one formatting.
     *
     * @param placeholder a {@code [bracketed]} part the buyer must adapt; highlighted in the downloads
     * @param url         the absolute target when the run is link text, else empty
     */
    public record Run(String text, boolean bold, boolean italic, boolean placeholder, String url) {
        public Run {
            url = url == null ? "" : url;
        }

        Run with(String other) {
            return new Run(other, bold, italic, placeholder, url);
        }
    }

    /** @param level 1 for the largest */
    public record Heading(int level, List<Run> runs) implements Block {
        public Heading {
            runs = List.copyOf(runs);
        }
    }

    public record Paragraph(List<Run> runs) implements Block {
        public Paragraph {
            runs = List.copyOf(runs);
        }
    }

    /**
     * A numbered or bulleted list. Each item is a list of blocks (its paragraphs and nested lists).
     *
     * @param start the first number of a numbered list
     */
    public record ListBlock(boolean ordered, int start, List<List<Block>> items) implements Block {
        public ListBlock {
            items = items.stream().map(List::copyOf).toList();
        }
    }

    /** A table: each cell is a list of runs; the first {@code headerRows} rows are headings. */
    public record Table(int headerRows, List<List<List<Run>>> rows) implements Block {
        public Table {
            rows = rows.stream().map(r -> r.stream().map(List::copyOf).toList()).toList();
        }
    }

    /** The plain text of some runs, with link targets after the link text. */
    public static String plain(List<Run> runs) {
        StringBuilder out = new StringBuilder();
        for (Run r : runs) {
            out.append(r.text());
            if (!r.url().isEmpty() && !r.url().equals(r.text())) {
                out.append(" <").append(r.url()).append('>');
            }
        }
        return out.toString();
    }
}
