package io.tsunagu.matching.request;

import java.util.HashMap;
import java.util.Map;

/** The interests a request is matched on: the shopper's behaviour (with consent) and what they typed for this request. */
final class InterestSnapshot {

    private InterestSnapshot() {
    }

    /**
     * Adds the typed topic's tags to the behaviour. A typed tag counts at least as much as the
     * strongest browsing signal: the shopper said it outright, for this very consultation.
     */
    static Map<String, Double> withIntent(Map<String, Double> behaviour, Map<String, Double> intent) {
        if (intent.isEmpty()) {
            return behaviour;
        }
        double strongest = Math.max(1.0, behaviour.values().stream().mapToDouble(Double::doubleValue).max().orElse(0));
        Map<String, Double> merged = new HashMap<>(behaviour);
        intent.forEach((tag, score) -> merged.merge(tag, score * strongest, Double::sum));
        return merged;
    }
}
