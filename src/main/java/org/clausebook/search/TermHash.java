package org.clausebook.search;

import java.nio.charset.StandardCharsets;

/** Which shard a term lives in: 32-bit FNV-1a of its UTF-8 bytes, unsigned, modulo the shard count. */
final class TermHash {
    private TermHash() {
    }

    static int fnv1a(String term) {
        int h = 0x811c9dc5;
        for (byte b : term.getBytes(StandardCharsets.UTF_8)) {
            h ^= b & 0xff;
            h *= 0x01000193;
        }
        return h;
    }

    static int shard(String term, int shards) {
        return Integer.remainderUnsigned(fnv1a(term), shards);
    }
}
