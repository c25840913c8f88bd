package io.tsunagu.matching.offer;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** An offer as the staff member sees it: whom it is for, until when, and why they were chosen. */
public record OfferView(UUID id, UUID requestId, String staffUsername, OfferStatus status, Instant createdAt,
                        Instant expiresAt, Shopper shopper, List<Reason> reasons) {

    /** What the staff member learns about the shopper before accepting. */
    public record Shopper(String visitorId, String language, String topic, List<Interest> topInterests) {
    }

    public record Interest(String tag, double score) {
    }
}
