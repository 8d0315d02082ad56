package org.clausebook.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;

/**
 * Writes the term shards of one language (docs/search-format.md, "Term shards"). Each term goes to shard
 * {@code fnv1a(term) mod count}; the count is chosen so that a shard is about {@link #TARGET_GZIP_BYTES} once
 * gzipped, so a query downloads one small shard per distinct word.
 */
final class ShardWriter {
    /** Aimed-at compressed size of one shard. */
    static final int TARGET_GZIP_BYTES = 3 * 1024;
    static final int FORMAT = 1;

    private ShardWriter() {
    }

    /** Gzipped shard files, index = shard number. */
    static List<byte[]> write(SortedMap<String, IndexTerms.Postings[]> terms) {
        SortedMap<String, byte[]> entries = new java.util.TreeMap<>();
        Bytes all = new Bytes();
        for (Map.Entry<String, IndexTerms.Postings[]> e : terms.entrySet()) {
            byte[] payload = payload(e.getValue());
            entries.put(e.getKey(), payload);
            all.string(e.getKey()).varint(payload.length).bytes(payload);
        }
        int count = Math.max(1, (int) Math.ceil(Gzip.compress(all.toByteArray()).length / (double) TARGET_GZIP_BYTES));
        List<List<String>> byShard = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            byShard.add(new ArrayList<>());
        }
        for (String term : entries.keySet()) {
            byShard.get(TermHash.shard(term, count)).add(term);
        }
        List<byte[]> out = new ArrayList<>();
        for (List<String> shardTerms : byShard) {
            Bytes shard = new Bytes().u8(FORMAT).varint(shardTerms.size());
            for (String term : shardTerms) {
                byte[] payload = entries.get(term);
                shard.string(term).varint(payload.length).bytes(payload);
            }
            out.add(Gzip.compress(shard.toByteArray()));
        }
        return out;
    }

    /** Field mask, then per field present: doc count and postings (doc delta·2 + [freq = 1], [freq], norm). */
    private static byte[] payload(IndexTerms.Postings[] byField) {
        int mask = 0;
        for (int f = 0; f < byField.length; f++) {
            if (byField[f] != null) {
                mask |= 1 << f;
            }
        }
        Bytes out = new Bytes().u8(mask);
        for (IndexTerms.Postings p : byField) {
            if (p == null) {
                continue;
            }
            out.varint(p.docs().length);
            int previous = 0;
            for (int i = 0; i < p.docs().length; i++) {
                int delta = p.docs()[i] - previous;
                previous = p.docs()[i];
                boolean one = p.freqs()[i] == 1;
                out.varint(((long) delta << 1) | (one ? 1 : 0));
                if (!one) {
                    out.varint(p.freqs()[i]);
                }
                out.u8(p.norms()[i]);
            }
        }
        return out.toByteArray();
    }
}
