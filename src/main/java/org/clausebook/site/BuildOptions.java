package org.clausebook.site;

import java.nio.file.Path;

/**
 * What to build.
 *
 * @param sourceDir  project folder holding content/, templates/ and assets/
 * @param outDir     output folder (replaced as a whole on success)
 * @param drafts     include items with status draft
 */
public record BuildOptions(Path sourceDir, Path outDir, boolean drafts) {
}
