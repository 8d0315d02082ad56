package org.clausebook.search;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/** Runs one of the Node harnesses under src/test/resources/search with JSON on stdin; returns its stdout. */
final class NodeScript {
    static final Path REPO = Path.of("").toAbsolutePath();
    static final Path ASSETS = REPO.resolve("assets/search");
    static final Path SCRIPTS = REPO.resolve("src/test/resources/search");

    private NodeScript() {
    }

    static String run(String script, String stdin, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("node", SCRIPTS.resolve(script).toString()));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).start();
        CompletableFuture<byte[]> out = CompletableFuture.supplyAsync(() -> readAll(process, false));
        CompletableFuture<byte[]> err = CompletableFuture.supplyAsync(() -> readAll(process, true));
        try (OutputStream in = process.getOutputStream()) {
            in.write(stdin.getBytes(StandardCharsets.UTF_8));
        }
        if (!process.waitFor(5, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError("node " + script + " timed out");
        }
        String stderr = new String(err.join(), StandardCharsets.UTF_8);
        if (process.exitValue() != 0) {
            throw new AssertionError("node " + script + " failed (" + process.exitValue() + "):\n" + stderr);
        }
        return new String(out.join(), StandardCharsets.UTF_8);
    }

    private static byte[] readAll(Process process, boolean error) {
        try {
            return (error ? process.getErrorStream() : process.getInputStream()).readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
