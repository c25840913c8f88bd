package io.tsunagu.staffdirectory;

import io.tsunagu.problem.Problem;
import io.tsunagu.problem.ProblemException;

import java.util.ArrayList;
import java.util.List;

/** Collects what is wrong with a request, so that the client learns every mistake in one answer. */
public final class Violations {

    private final List<Problem.Violation> found = new ArrayList<>();

    public Violations add(String field, String message) {
        found.add(new Problem.Violation(field, message));
        return this;
    }

    public boolean isEmpty() {
        return found.isEmpty();
    }

    /** Throws {@code invalid-request} when anything was found. */
    public void throwIfAny() {
        throwIfAny("invalid-request", "Invalid request");
    }

    /** Throws the problem {@code slug} (400) when anything was found. */
    public void throwIfAny(String slug, String title) {
        if (!found.isEmpty()) {
            throw new ProblemException(new Problem(Problem.TYPE_BASE + slug, title, 400,
                    "some values are not acceptable", found));
        }
    }

    /** One rejected field as a 400 {@code invalid-request}. */
    public static ProblemException invalid(String field, String message) {
        return new ProblemException(new Problem(Problem.TYPE_BASE + "invalid-request", "Invalid request", 400,
                message, List.of(new Problem.Violation(field, message))));
    }
}
