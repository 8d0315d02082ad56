package org.clausebook.cli;

import org.clausebook.site.BuildOptions;
import picocli.CommandLine.Option;

import java.nio.file.Path;

/** {@code --out DIR} and {@code --drafts}, shared by build and serve. */
final class OutputOptions {
    @Option(names = "--out", paramLabel = "DIR", description = "Output folder (default: <source>/public).")
    Path out;

    @Option(names = "--drafts", description = "Include items with status: draft.")
    boolean drafts;

    BuildOptions buildOptions(SourceOption source) {
        Path outDir = out != null ? out.toAbsolutePath().normalize() : source.dir().resolve("public");
        return new BuildOptions(source.dir(), outDir, drafts);
    }
}
