package io.tsunagu.matching.offer;

/**
 * One constraint's part in choosing this staff member, e.g. "Expertise fit" → "0hard/0medium/1200soft", and the
 * same in a sentence for people (null on offers made before sentences existed).
 */
public record Reason(String constraint, String score, Text text) {

    public Reason(String constraint, String score) {
        this(constraint, score, null);
    }

    /** A sentence in Japanese and English. */
    public record Text(String ja, String en) {
    }
}
