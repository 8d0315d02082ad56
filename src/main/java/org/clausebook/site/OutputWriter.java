package org.clausebook.site;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Writes a build so that a failure never leaves a half-written site: everything goes to a fresh sibling folder
 * first, which then replaces the output folder. The previous output stays intact until the new one is complete.
 */
public final class OutputWriter {
    /** Fixed modification time, so archives of the output are byte-identical too. */
    private static final FileTime EPOCH = FileTime.fromMillis(0);

    private OutputWriter() {
    }

    public static void write(OutputSet output, Path outDir) throws IOException {
        Path parent = outDir.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        String name = outDir.getFileName().toString();
        Path staging = parent.resolve("." + name + ".staging");
        Path old = parent.resolve("." + name + ".old");
        deleteTree(staging);
        deleteTree(old);
        try {
            for (Map.Entry<String, byte[]> file : output.files().entrySet()) {
                Path target = staging.resolve(file.getKey()).normalize();
                if (!target.startsWith(staging)) {
                    throw new IOException("refusing to write outside the output folder: " + file.getKey());
                }
                Files.createDirectories(target.getParent());
                Files.write(target, file.getValue());
                Files.setLastModifiedTime(target, EPOCH);
            }
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
        } finally {
            deleteTree(staging);
        }
        deleteTree(old);
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
