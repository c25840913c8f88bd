package io.tsunagu.matching.offer;

/** One constraint's part in choosing this staff member, e.g. "Expertise fit" → "0hard/0medium/1200soft". */
public record Reason(String constraint, String score) {
}
