package io.tsunagu.profilebridge.report;

import io.tsunagu.profilebridge.interest.TagScore;

import java.util.List;

/** One of the shopper's strongest interests, with the latest events that gave it (newest first). */
public record TopInterest(String tag, double score, List<InterestEvent> events) {

    static TopInterest of(TagScore score, List<InterestEvent> events) {
        return new TopInterest(score.tag(), score.score(), List.copyOf(events));
    }
}
