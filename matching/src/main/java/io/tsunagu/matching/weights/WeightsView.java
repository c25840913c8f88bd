package io.tsunagu.matching.weights;

import java.time.Instant;
import java.util.Map;

/** The saved weights as the API shows them: who changed them last, and when. */
public record WeightsView(Map<String, Integer> weights, Instant updatedAt, String updatedBy) {
}
