package org.clausebook.coverage;

import java.util.List;

/**
 * The life cycle of a device as a chain of stages, each with how many criteria and clauses cover it.
 *
 * @param levels the ambition levels, in the order of the schema (core, advanced, spearhead)
 * @param stages the life-cycle stages, in the order of the schema (raw materials … disposal)
 */
public record LifecycleChain(List<String> levels, List<Stage> stages) {
    public LifecycleChain {
        levels = List.copyOf(levels);
        stages = List.copyOf(stages);
    }

    /**
     * One life-cycle stage.
     *
     * @param term    the lifecycle term, e.g. {@code raw-materials}
     * @param byLevel how many items of each level in {@link LifecycleChain#levels()}, in that order
     * @param total   how many items in all (an item without a level counts here only)
     */
    public record Stage(String term, List<Integer> byLevel, int total) {
        public Stage {
            byLevel = List.copyOf(byLevel);
        }
    }

    /** The largest total of any stage, at least 1, to scale bars by. */
    public int maxTotal() {
        return Math.max(1, stages.stream().mapToInt(Stage::total).max().orElse(0));
    }
}
