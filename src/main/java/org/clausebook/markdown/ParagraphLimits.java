package org.clausebook.markdown;

import java.util.Optional;

/**
 * A linear check that runs before the Markdown is parsed. flexmark's parser takes time quadratic in the number of
 * backtick runs, brackets and angle brackets in one paragraph, and in the number of rows of a table: a few hundred
 * kilobytes of {@code `a``}, {@code [a](b} or table rows would keep the build busy for hours, since each text is
 * rendered once per language and version. The work is estimated per paragraph as (those characters + lines) times
 * its length, and summed over the text. The shipped content stays far below every limit (at most 30 such characters
 * and 50 lines in a paragraph, 150,000 units of work in a file), so a text above one is refused instead of parsed.
 */
final class ParagraphLimits {
    /** Most backtick runs, '[' or '<' in one paragraph (text between blank lines). */
    static final int MAX_DELIMITERS = 250;
    /** Most work in one text: bounds the parser's quadratic time to about a tenth of a second per rendering. */
    static final long MAX_WORK = 4_000_000;
    /** Most lines in one paragraph or table. */
    static final int MAX_LINES = 1_000;

    private ParagraphLimits() {
    }

    /** The first paragraph over a limit, as a problem at its first line; empty when the text is fine. */
    static Optional<MarkdownProblem> check(String markdown, int baseLine) {
        int line = 0;
        long work = 0;
        Block block = new Block(0);
        int lineStart = 0;
        for (int i = 0; i <= markdown.length(); i++) {
            if (i < markdown.length() && markdown.charAt(i) != '\n') {
                continue;
            }
            String text = markdown.substring(lineStart, i);
            boolean last = i == markdown.length();
            if (!text.isBlank()) {
                block.add(text);
            }
            if (text.isBlank() || last) {
                work += block.work();
                Optional<MarkdownProblem> problem = block.problem(baseLine, work);
                if (problem.isPresent()) {
                    return problem;
                }
                block = new Block(line + 1);
            }
            line++;
            lineStart = i + 1;
        }
        return Optional.empty();
    }

    private static final class Block {
        final int firstLine;
        int lines;
        long chars;
        int backtickRuns;
        int brackets;
        int angles;

        Block(int firstLine) {
            this.firstLine = firstLine;
        }

        void add(String text) {
            lines++;
            chars += text.length() + 1;
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c == '`' && (i == 0 || text.charAt(i - 1) != '`')) {
                    backtickRuns++;
                } else if (c == '[') {
                    brackets++;
                } else if (c == '<') {
                    angles++;
                }
            }
        }

        int delimiters() {
            return Math.max(backtickRuns, Math.max(brackets, angles));
        }

        long work() {
            return (delimiters() + lines) * chars;
        }

        /** @param work the work of the text up to and including this paragraph */
        Optional<MarkdownProblem> problem(int baseLine, long work) {
            int most = delimiters();
            String what = most == backtickRuns ? "backtick runs (`)" : most == brackets ? "'[' characters" : "'<' characters";
            String message = null;
            if (lines > MAX_LINES) {
                message = "the paragraph or table has " + lines + " lines; the limit is " + MAX_LINES + ".";
            } else if (most > MAX_DELIMITERS) {
                message = "the paragraph has " + most + " " + what + "; the limit is " + MAX_DELIMITERS + ".";
            } else if (work > MAX_WORK) {
                message = "from this paragraph on, the text is too heavy to process: the work of the Markdown parser grows "
                        + "with the square of the brackets, backticks and table rows in each paragraph.";
            }
            return message == null ? Optional.empty() : Optional.of(new MarkdownProblem(baseLine + firstLine, message,
                    "split it into shorter paragraphs or tables (separated by blank lines), or move the material to an attachment."));
        }
    }
}
