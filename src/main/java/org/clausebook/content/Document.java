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

    /**
     * Line of a front-matter value by JSON pointer ({@code /uses/1/id}): the line of that list element's key, not of
     * {@code uses:}. Falls back to the nearest ancestor that has a line, then to {@link #fieldLine}.
     */
    public int line(String pointer) {
        var split = FrontMatterSplitter.split(source.text());
        if (split.isEmpty()) {
            return 0;
        }
        var s = split.get();
        try {
            YamlTree tree = s.jbake() ? FrontMatterSplitter.jbakeTree(s.header())
                    : YamlTree.parse(org.clausebook.config.YamlMappers.yaml(), s.header());
            return tree.lineOf(pointer) + s.headerLine() - 1;
        } catch (java.io.IOException e) {
            String top = pointer.substring(1);
            return fieldLine(top.contains("/") ? top.substring(0, top.indexOf('/')) : top);
        }
    }

    /** Line of a top-level front-matter field in the file (YAML or JBake header), or 0 if it is absent. */
    public int fieldLine(String field) {
        String[] lines = source.text().split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].startsWith(field + ":") || lines[i].startsWith(field + "=")) {
                return i + 1;
            }
        }
        return 0;
    }
}
