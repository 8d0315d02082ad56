package org.clausebook.diagnostics;

import java.util.List;

/** Thrown when the input has problems; carries all of them, sorted, so they are reported at once. */
public final class ContentException extends Exception {
    private final List<Problem> problems;

    public ContentException(List<Problem> problems) {
        super(problems.size() + " problem(s) in the content");
        this.problems = problems.stream().sorted(Problem.ORDER).distinct().toList();
    }

    public ContentException(Problem problem) {
        this(List.of(problem));
    }

    public List<Problem> problems() {
        return problems;
    }
}
