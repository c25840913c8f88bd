package io.tsunagu.profilebridge.interest;

import java.util.Map;

/** A shopper's interests as tag → score, highest first in the JSON object's order. */
public record InterestsView(String visitorId, Map<String, Double> interests) {
}
