package org.clausebook.site;

import java.util.List;

/**
 * What a build produced and how long each stage took.
 *
 * @param pages     HTML pages written
 * @param files     files written in all
 * @param bytes     bytes written
 * @param languages languages built
 * @param stages    stage timings, in order
 */
public record BuildResult(int pages, int files, long bytes, int languages, List<StageTime> stages) {

    public record StageTime(String name, long millis) {
    }

    public long totalMillis() {
        return stages.stream().mapToLong(StageTime::millis).sum();
    }
}
