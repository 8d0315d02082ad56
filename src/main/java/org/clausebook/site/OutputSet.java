package org.clausebook.site;

import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.SortedMap;
import java.util.TreeMap;

/** The files of a build, in memory, keyed by path relative to the output folder; sorted so writing is deterministic. */
public final class OutputSet {
    private final SortedMap<String, byte[]> files = new TreeMap<>();

    public void put(String path, byte[] content) {
        if (path.startsWith("/") || path.contains("..") || path.contains("\\")) {
            throw new IllegalArgumentException("unsafe output path: " + path);
        }
        if (files.putIfAbsent(path, content) != null) {
            throw new IllegalStateException("two outputs for " + path);
        }
    }

    public void put(String path, String text) {
        put(path, text.getBytes(StandardCharsets.UTF_8));
    }

    public SortedMap<String, byte[]> files() {
        return Collections.unmodifiableSortedMap(files);
    }

    public int size() {
        return files.size();
    }

    public long bytes() {
        return files.values().stream().mapToLong(b -> b.length).sum();
    }
}
