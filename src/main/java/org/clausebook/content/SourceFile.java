package org.clausebook.content;

import java.util.Optional;

/**
 * One Markdown file under {@code content/}, as found on disk.
 *
 * @param relPath path relative to the source directory, forward slashes (used in every message)
 * @param section section folder
 * @param id      item folder
 * @param lang    language from the file name
 * @param frozenVersion the version of a frozen file in {@code history/}, empty for the current file
 * @param text    the file's text, decoded as UTF-8
 */
public record SourceFile(String relPath, String section, String id, String lang,
                         Optional<String> frozenVersion, String text) {
    public boolean isFrozen() {
        return frozenVersion.isPresent();
    }
}
