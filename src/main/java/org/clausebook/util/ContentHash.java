package org.clausebook.util;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.SortedMap;

/**
 * A short name for a set of files: the first 10 hex digits of a SHA-256 over their names and bytes, in name order.
 * Output folders named by it (assets, search index) change whenever any file in them changes, so hosts can cache
 * them forever.
 */
public final class ContentHash {
    private ContentHash() {
    }

    public static String of(SortedMap<String, byte[]> files) {
        MessageDigest sha;
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
        files.forEach((name, bytes) -> {
            sha.update(name.getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            sha.update(bytes);
            sha.update((byte) 0);
        });
        return HexFormat.of().formatHex(sha.digest()).substring(0, 10);
    }
}
