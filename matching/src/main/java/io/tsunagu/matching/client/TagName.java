package io.tsunagu.matching.client;

/** An expertise tag's display names, as staff-directory lists them. */
public record TagName(String id, Name name) {

    public record Name(String ja, String en) {
    }
}
