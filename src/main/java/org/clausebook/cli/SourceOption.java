package org.clausebook.cli;

import picocli.CommandLine.Option;

import java.nio.file.Path;

/** {@code --source DIR}, shared by the commands. */
final class SourceOption {
    @Option(names = "--source", paramLabel = "DIR", defaultValue = ".",
            description = "Project folder holding content/, templates/ and assets/ (default: current folder).")
    Path source;

    Path dir() {
        return source.toAbsolutePath().normalize();
    }
}
