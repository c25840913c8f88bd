package io.tsunagu.matching.support;

import io.tsunagu.testing.ApiCalls;

/** The problem types the matching tests expect. */
public final class Api {

    private Api() {
    }

    public static String problem(String slug) {
        return ApiCalls.PROBLEM_TYPES + slug;
    }
}
