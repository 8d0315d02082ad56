package org.clausebook.content;

/**
 * A parsed file: its metadata and Markdown body.
 *
 * @param source   where it came from
 * @param meta     its front matter
 * @param body     Markdown after the front matter
 * @param bodyLine line in the file where the body starts (for messages)
 */
public record Document(SourceFile source, FrontMatter meta, String body, int bodyLine) {
    public String lang() {
        return source.lang();
    }
}
