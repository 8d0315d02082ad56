package org.clausebook.security;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/** The hostile contributions under src/test/resources/hostile, and a tally of how each was handled, for the log. */
final class HostileCases {
    private static final Map<String, String> HANDLED = new TreeMap<>();
    private static int inputs;

    private HostileCases() {
    }

    /** Names of the case folders that hold {@code marker} (expected.txt or inert.txt). */
    static Stream<String> withFile(String marker) throws IOException {
        try (Stream<Path> dirs = Files.list(FixtureProject.HOSTILE)) {
            return dirs.filter(d -> Files.isRegularFile(d.resolve(marker)))
                    .map(d -> d.getFileName().toString()).sorted().toList().stream();
        }
    }

    /** Every case folder must say how it is handled. */
    static Stream<String> unmarked() throws IOException {
        try (Stream<Path> dirs = Files.list(FixtureProject.HOSTILE)) {
            return dirs.filter(Files::isDirectory).filter(d -> !d.getFileName().toString().startsWith("_"))
                    .filter(d -> !Files.exists(d.resolve("expected.txt")) && !Files.exists(d.resolve("inert.txt")))
                    .map(d -> d.getFileName().toString()).sorted().toList().stream();
        }
    }

    static synchronized void record(String name, int count, String how) {
        HANDLED.put(name, how);
        inputs += count;
    }

    /** Prints, and forgets, what was recorded since the last call. */
    static synchronized void print(String title) {
        System.out.println("[hostile] " + title + ": " + HANDLED.size() + " cases, " + inputs + " hostile inputs");
        HANDLED.forEach((name, how) -> System.out.println("[hostile]   " + name + ": " + how));
        HANDLED.clear();
        inputs = 0;
    }
}
