package org.clausebook.site;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/**
 * The files of one build. Each file is written as soon as it is made, into a fresh staging folder beside the
 * output folder; {@link #commit()} then puts the staging folder in the output folder's place. Until then the
 * previous output is untouched, and {@link #close()} without a commit removes the staging folder: a failed build
 * leaves nothing behind. Safe to fill from several threads.
 */
public final class OutputSet implements AutoCloseable {
    private final Path outDir;
    private final Path staging;
    private final ConcurrentSkipListMap<String, Integer> files = new ConcurrentSkipListMap<>();
    private final AtomicLong bytes = new AtomicLong();
    private boolean committed;

    private OutputSet(Path outDir, Path staging) {
        this.outDir = outDir;
        this.staging = staging;
    }

    /** Starts a build into {@code outDir}, in a fresh staging folder next to it. */
    public static OutputSet open(Path outDir) throws IOException {
        Path out = outDir.toAbsolutePath().normalize();
        Path staging = out.resolveSibling("." + out.getFileName() + ".staging");
        deleteTree(staging);
        Files.createDirectories(staging);
        return new OutputSet(out, staging);
    }

    public void put(String path, byte[] content) {
        if (path.startsWith("/") || path.contains("..") || path.contains("\\") || path.isEmpty()) {
            throw new IllegalArgumentException("unsafe output path: " + path);
        }
        if (files.putIfAbsent(path, content.length) != null) {
            throw new IllegalStateException("two outputs for " + path);
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

    public boolean contains(String path) {
        return files.containsKey(path);
    }

    public int size() {
        return files.size();
    }

    public long bytes() {
        return bytes.get();
    }

    /** Replaces the output folder with this build. */
    public void commit() throws IOException {
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

    /** Removes the staging folder unless the build was committed. */
    @Override
    public void close() throws IOException {
        if (!committed) {
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
