package org.clausebook.site;

import java.nio.file.Path;

/**
 * What to build.
 *
 * @param sourceDir  project folder holding content/, templates/ and assets/
 * @param outDir     output folder (replaced as a whole on success)
 * @param drafts     include items with status draft
 * @param preview    {@code serve}: a published text edited without a new version is built (the editor sees the edit)
 *                   and reported, instead of stopping the build as {@code build} and {@code validate} do
 */
public record BuildOptions(Path sourceDir, Path outDir, boolean drafts, boolean preview) {
    public BuildOptions(Path sourceDir, Path outDir, boolean drafts) {
        this(sourceDir, outDir, drafts, false);
    }

    public BuildOptions asPreview() {
        return new BuildOptions(sourceDir, outDir, drafts, true);
    }
}
