package org.clausebook.search;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The term dictionary of one language as the browser receives it (docs/search-format.md, "Term blocks"): every
 * term with its postings, sorted by folded form ({@link Fold}) then term, cut into consecutive blocks of about
 * {@link #TARGET_BYTES} bytes before gzip. A block never splits the terms of one folded form, so an exact term, its
 * accented and unaccented spellings and all completions of a prefix of three or more letters usually sit in one
 * block. The manifest lists the first folded form of each block; {@link #blocks(String, String)} is how both sides
 * decide which blocks a folded range needs. Query expansion (prefix, folding, typos) looks only at these blocks.
 */
final class TermDictionary {
    static final int TARGET_BYTES = 8 * 1024;
    static final int FORMAT = 2;

    /** One term: its folded form, the number of documents with it in any field, postings and most common word. */
    record Entry(String term, String key, int df, byte[] payload, String surface) {
    }

    private final NavigableMap<String, List<Entry>> byKey;
    private final Map<String, Entry> byTerm = new HashMap<>();
    private final List<String> firstKeys = new ArrayList<>();
    private final List<byte[]> blocks = new ArrayList<>();

    TermDictionary(SortedMap<String, IndexTerms.Postings[]> terms, Map<String, String> surfaces) {
        TreeMap<String, List<Entry>> keyed = new TreeMap<>();
        for (Map.Entry<String, IndexTerms.Postings[]> e : terms.entrySet()) {
            Entry entry = new Entry(e.getKey(), Fold.fold(e.getKey()), df(e.getValue()), payload(e.getValue()),
                    surfaces.getOrDefault(e.getKey(), e.getKey()));
            keyed.computeIfAbsent(entry.key(), k -> new ArrayList<>()).add(entry);
            byTerm.put(entry.term(), entry);
        }
        this.byKey = Collections.unmodifiableNavigableMap(keyed);
        Bytes block = null;
        int count = 0;
        Bytes body = new Bytes();
        for (Map.Entry<String, List<Entry>> group : keyed.entrySet()) {
            if (block == null) {
                block = new Bytes();
                firstKeys.add(group.getKey());
            }
            for (Entry entry : group.getValue()) {
                write(body, entry);
                count++;
            }
            if (body.size() >= TARGET_BYTES) {
                blocks.add(Gzip.compress(block.u8(FORMAT).varint(count).bytes(body.toByteArray()).toByteArray()));
                block = null;
                body = new Bytes();
                count = 0;
            }
        }
        if (block != null) {
            blocks.add(Gzip.compress(block.u8(FORMAT).varint(count).bytes(body.toByteArray()).toByteArray()));
        }
    }

    /** The entry of a term, or null when no document has it. */
    Entry get(String term) {
        return byTerm.get(term);
    }

    /** Entries whose folded form is in {@code [lo, hi]}, in dictionary order. */
    List<Entry> range(String lo, String hi) {
        List<Entry> out = new ArrayList<>();
        if (lo.compareTo(hi) <= 0) {
            byKey.subMap(lo, true, hi, true).values().forEach(out::addAll);
        }
        return out;
    }

    /** How many blocks hold folded forms in {@code [lo, hi]} (0 when the dictionary is empty). */
    int blocks(String lo, String hi) {
        if (firstKeys.isEmpty()) {
            return 0;
        }
        return lastAtMost(hi) - lastAtMost(lo) + 1;
    }

    private int lastAtMost(String key) {
        int i = Collections.binarySearch(firstKeys, key);
        return i >= 0 ? i : Math.max(0, -i - 2);
    }

    List<String> firstKeys() {
        return List.copyOf(firstKeys);
    }

    /** Gzipped block files, index = block number. */
    List<byte[]> files() {
        return List.copyOf(blocks);
    }

    /** Term, flags (1: folded form differs, 2: word differs), [key], [word as shared prefix + rest], df, postings. */
    private static void write(Bytes out, Entry e) {
        boolean keyDiffers = !e.key().equals(e.term());
        boolean surfaceDiffers = !e.surface().equals(e.term());
        out.string(e.term()).u8((keyDiffers ? 1 : 0) | (surfaceDiffers ? 2 : 0));
        if (keyDiffers) {
            out.string(e.key());
        }
        if (surfaceDiffers) {
            int common = 0;
            while (common < e.term().length() && common < e.surface().length()
                    && e.term().charAt(common) == e.surface().charAt(common)) {
                common++;
            }
            if (common > 0 && Character.isHighSurrogate(e.term().charAt(common - 1))) {
                common--;
            }
            out.varint(common).string(e.surface().substring(common));
        }
        out.varint(e.df()).varint(e.payload().length).bytes(e.payload());
    }

    /** Documents with the term in any field. */
    private static int df(IndexTerms.Postings[] byField) {
        java.util.BitSet docs = new java.util.BitSet();
        for (IndexTerms.Postings p : byField) {
            if (p != null) {
                for (int doc : p.docs()) {
                    docs.set(doc);
                }
            }
        }
        return docs.cardinality();
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
