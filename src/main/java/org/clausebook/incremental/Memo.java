package org.clausebook.incremental;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * Values kept across rebuilds, by key: {@link #get} returns last build's value when this build's input for the key
 * is {@linkplain Object#equals equal} to last build's, and computes (and keeps) a new one otherwise. Sound only if
 * the value is a pure function of the input and the input's {@code equals} compares values all the way down (records
 * of strings, numbers, lists, maps and records), which {@code IncrementalBuildTest} checks for the views (a rebuild
 * of unchanged content renders no page). Safe to use from
 * several threads, each key from one thread at a time.
 *
 * @param <K> what the value is for, e.g. a page URL
 * @param <I> everything the value is computed from
 * @param <V> the value
 */
public final class Memo<K, I, V> {
    private record Entry<I, V>(I input, V value) {
    }

    private final Map<K, Entry<I, V>> entries = new ConcurrentHashMap<>();
    private final Set<K> used = ConcurrentHashMap.newKeySet();
    private final AtomicInteger reused = new AtomicInteger();
    private final AtomicInteger computed = new AtomicInteger();

    /** Last build's value if its input equals {@code input}, else {@code compute}'s, which is kept for the next build. */
    public V get(K key, I input, Supplier<V> compute) {
        used.add(key);
        Entry<I, V> last = entries.get(key);
        if (last != null && last.input().equals(input)) {
            reused.incrementAndGet();
            return last.value();
        }
        V value = compute.get();
        entries.put(key, new Entry<>(input, value));
        computed.incrementAndGet();
        return value;
    }

    /**
     * Ends a build: forgets the keys it did not use (a page that is gone) and starts new counts.
     *
     * @return how many values the build computed and reused
     */
    public Counts finish() {
        entries.keySet().retainAll(used);
        used.clear();
        Counts counts = new Counts(computed.getAndSet(0), reused.getAndSet(0));
        return counts;
    }

    /** Forgets everything, e.g. when the templates changed, so that the next build computes every value. */
    public void clear() {
        entries.clear();
        used.clear();
        reused.set(0);
        computed.set(0);
    }

    public int size() {
        return entries.size();
    }

    /** What one build did with a memo. */
    public record Counts(int computed, int reused) {
        @Override
        public String toString() {
            return computed + " made, " + reused + " reused";
        }
    }
}
