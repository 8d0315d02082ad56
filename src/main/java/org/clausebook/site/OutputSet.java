package org.clausebook.site;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/**
 * The files of one build. Each file is written as soon as it is made, into a fresh staging folder beside the
 * output folder; {@link #commit()} then puts the staging folder in the output folder's place. Until then the
 * previous output is untouched, and {@link #close()} without a commit removes the staging folder: a failed build
 * leaves nothing behind. Safe to fill from several threads.
 *
 * <p>For {@code serve}, {@link #retaining} keeps every file's bytes, and the next build, given this one, writes
 * nothing until {@link #commit()}, which then writes into the output folder only the files whose bytes differ from
 * the previous build's and deletes those no longer made: an edit rewrites a few files, not the whole site.
 */
public final class OutputSet implements AutoCloseable {
    private final Path outDir;
    private final Path staging;
    private final ConcurrentSkipListMap<String, Integer> files = new ConcurrentSkipListMap<>();
    private final AtomicLong bytes = new AtomicLong();
    /** serve: every file's bytes, or null. */
    private final Map<String, byte[]> retained;
    /** serve: the previous build's bytes, written in place at commit; or null to write a staging folder. */
    private final Map<String, byte[]> previous;
    private int written;
    private boolean committed;

    private OutputSet(Path outDir, Path staging, Map<String, byte[]> retained, Map<String, byte[]> previous) {
        this.outDir = outDir;
        this.staging = staging;
        this.retained = retained;
        this.previous = previous;
    }

    private OutputSet(Path outDir, Path staging) {
        this(outDir, staging, null, null);
    }

    /** Starts a build into {@code outDir}, in a fresh staging folder next to it. */
    public static OutputSet open(Path outDir) throws IOException {
        Path out = outDir.toAbsolutePath().normalize();
        Path staging = out.resolveSibling("." + out.getFileName() + ".staging");
        deleteTree(staging);
        Files.createDirectories(staging);
        return new OutputSet(out, staging);
    }

    /**
     * serve: a build that keeps every file's bytes for the next one. Without a previous build (or if the output
     * folder is gone) it writes a staging folder like {@link #open}; after one, only the changed files at commit.
     */
    public static OutputSet retaining(Path outDir, OutputSet previousBuild) throws IOException {
        Path out = outDir.toAbsolutePath().normalize();
        Path staging = out.resolveSibling("." + out.getFileName() + ".staging");
        Map<String, byte[]> previous = previousBuild == null || previousBuild.retained == null || !previousBuild.committed
                || !Files.isDirectory(out) ? null : previousBuild.retained;
        if (previous == null) {
            deleteTree(staging);
            Files.createDirectories(staging);
        }
        return new OutputSet(out, staging, new ConcurrentHashMap<>(), previous);
    }

    /** Files written to disk by the commit of an in-place build (serve), or every file otherwise. */
    public int written() {
        return previous == null ? files.size() : written;
    }

    public void put(String path, byte[] content) {
        if (path.startsWith("/") || path.contains("..") || path.contains("\\") || path.isEmpty()) {
            throw new IllegalArgumentException("unsafe output path: " + path);
        }
        if (files.putIfAbsent(path, content.length) != null) {
            throw new IllegalStateException("two outputs for " + path);
        }
        if (retained != null) {
            retained.put(path, content);
            if (previous != null) {
                bytes.addAndGet(content.length);
                return; // written at commit, if changed
            }
        }
        Path target = staging.resolve(path).normalize();
        if (!target.startsWith(staging)) {
            throw new IllegalArgumentException("refusing to write outside the output folder: " + path);
        }
        try {
            Files.createDirectories(target.getParent());
            Files.write(target, content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        bytes.addAndGet(content.length);
    }

    public void put(String path, String text) {
        put(path, text.getBytes(StandardCharsets.UTF_8));
    }

    /** serve: the bytes put for {@code path} in this build (a retaining one), or null. */
    byte[] retained(String path) {
        return retained == null ? null : retained.get(path);
    }

    public boolean contains(String path) {
        return files.containsKey(path);
    }

    /** The paths of the files so far, relative to the output folder. */
    public java.util.Set<String> paths() {
        return java.util.Collections.unmodifiableSet(files.keySet());
    }

    public int size() {
        return files.size();
    }

    public long bytes() {
        return bytes.get();
    }

    /** Replaces the output folder with this build. */
    public void commit() throws IOException {
        if (previous != null) {
            commitInPlace();
            return;
        }
        Path old = outDir.resolveSibling("." + outDir.getFileName() + ".old");
        deleteTree(old);
        boolean hadOutput = Files.exists(outDir);
        if (hadOutput) {
            Files.move(outDir, old, StandardCopyOption.ATOMIC_MOVE);
        }
        try {
            Files.move(staging, outDir, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            if (hadOutput) {
                Files.move(old, outDir, StandardCopyOption.ATOMIC_MOVE);
            }
            throw e;
        }
        committed = true;
        deleteTree(old);
    }

    /** Writes the files that differ from the previous build's and deletes the ones this build did not make. */
    private void commitInPlace() throws IOException {
        for (Map.Entry<String, byte[]> e : retained.entrySet()) {
            byte[] before = previous.get(e.getKey());
            if (before != e.getValue() && !Arrays.equals(before, e.getValue())) {
                Path target = outDir.resolve(e.getKey());
                Files.createDirectories(target.getParent());
                Files.write(target, e.getValue());
                written++;
            }
        }
        for (String gone : previous.keySet()) {
            if (!retained.containsKey(gone)) {
                Files.deleteIfExists(outDir.resolve(gone));
                written++;
            }
        }
        committed = true;
    }

    /** Removes the staging folder unless the build was committed. */
    @Override
    public void close() throws IOException {
        if (!committed && previous == null) {
            deleteTree(staging);
        }
    }

    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
