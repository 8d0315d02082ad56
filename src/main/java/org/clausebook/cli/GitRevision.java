package org.clausebook.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/** The last committed text of a file, read with {@code git show HEAD:<path>}; empty outside git or for a new file. */
final class GitRevision implements Function<String, Optional<String>> {
    private final Path dir;

    GitRevision(Path dir) {
        this.dir = dir;
    }

    @Override
    public Optional<String> apply(String relPath) {
        try {
            Process git = new ProcessBuilder("git", "-C", dir.toString(), "show", "HEAD:./" + relPath)
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            byte[] out = git.getInputStream().readAllBytes();
            if (!git.waitFor(30, TimeUnit.SECONDS) || git.exitValue() != 0) {
                return Optional.empty();
            }
            return Optional.of(new String(out, StandardCharsets.UTF_8));
        } catch (IOException e) {
            return Optional.empty(); // no git on this machine: the working files are all there is
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }
}
