package io.tsunagu.profilebridge.interest;

public record TagScore(String tag, double score) {
}
