package org.clausebook.site;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** Runs named stages in order and times each; reports progress to a listener. */
final class Stages {
    /** A stage's work. */
    @FunctionalInterface
    interface Work<T> {
        T run() throws Exception;
    }

    private final List<BuildResult.StageTime> times = new ArrayList<>();
    private final Consumer<String> progress;

    Stages(Consumer<String> progress) {
        this.progress = progress;
    }

    <T> T run(String name, Work<T> work) throws Exception {
        long start = System.nanoTime();
        T result = work.run();
        long millis = (System.nanoTime() - start) / 1_000_000;
        times.add(new BuildResult.StageTime(name, millis));
        progress.accept(String.format(java.util.Locale.ROOT, "  %-16s %6d ms", name, millis));
        return result;
    }

    List<BuildResult.StageTime> times() {
        return List.copyOf(times);
    }
}
