package org.clausebook.incremental;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * A digest of the inputs every page depends on: templates (i18n strings included), assets, the site configuration
 * and the content schema. When it changes, no kept page or download can be trusted and the memos are dropped.
 * Content files are not part of it: a change there reaches the memos through the views and texts made from it.
 */
public final class InputFingerprint {
    private InputFingerprint() {
    }

    /** The digest of {@code paths} under {@code sourceDir} (files, or folders taken whole); missing paths count as empty. */
    public static String of(Path sourceDir, List<String> paths) throws IOException {
        SortedMap<String, byte[]> files = new TreeMap<>();
        for (String rel : paths) {
            Path p = sourceDir.resolve(rel);
            if (Files.isRegularFile(p)) {
                files.put(rel, Files.readAllBytes(p));
            } else if (Files.isDirectory(p)) {
                try (Stream<Path> walk = Files.walk(p)) {
                    for (Path f : walk.filter(Files::isRegularFile).toList()) {
                        files.put(sourceDir.relativize(f).toString().replace('\\', '/'), Files.readAllBytes(f));
                    }
                }
            }
        }
        return org.clausebook.util.ContentHash.of(files);
    }
}
