package io.tsunagu.staffdirectory.staff;

import io.tsunagu.problem.Problem;
import io.tsunagu.problem.ProblemException;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/** What a staff member is doing right now; matching treats only AVAILABLE as free. */
public enum Presence {
    AVAILABLE,
    AWAY,
    OFFLINE,
    /** Matching reserved this staff member for an offer that is counting down. */
    OFFERED,
    IN_CALL,
    /** The call ended and the staff member is writing notes. */
    WRAP_UP;

    private static final String ACCEPTED = Arrays.stream(values()).map(Enum::name).collect(Collectors.joining(", "));

    /** The busy states belong to matching: only it knows about offers and calls. */
    public boolean isBusy() {
        return this == OFFERED || this == IN_CALL || this == WRAP_UP;
    }

    /**
     * Parses a value from a request. Unknown values are the client's mistake, reported as a
     * violation of {@code field} rather than the JSON reader's message about Java types.
     */
    public static Presence parse(String field, String value) {
        for (Presence presence : values()) {
            if (presence.name().equals(value)) {
                return presence;
            }
        }
        throw new ProblemException(new Problem(Problem.TYPE_BASE + "invalid-request", "Invalid request", 400,
                "unknown presence " + value, List.of(new Problem.Violation(field, "must be one of " + ACCEPTED))));
    }
}
