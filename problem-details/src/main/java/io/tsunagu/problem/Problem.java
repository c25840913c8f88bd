package io.tsunagu.problem;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;

/**
 * An RFC 9457 problem. {@code type} is stable per kind of error, so clients switch on it, never on
 * the wording of {@code title} or {@code detail}.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(String type, String title, int status, String detail, List<Violation> violations) {

    public static final String MEDIA_TYPE = "application/problem+json";
    /** Types are URIs under this base, followed by a short slug such as {@code malformed-json}. */
    public static final String TYPE_BASE = "https://tsunagu.io/problems/";

    public Problem {
        violations = violations == null ? List.of() : List.copyOf(violations);
    }

    public static Problem of(int status, String slug, String title, String detail) {
        return new Problem(TYPE_BASE + slug, title, status, detail, List.of());
    }

    /** One rejected field or item: where it is, and what is wrong with it. */
    public record Violation(String field, String message) {
    }
}
