package org.clausebook.markdown;

/** A problem in a Markdown text, at a file line. */
public record MarkdownProblem(int line, String message, String hint) {
}
