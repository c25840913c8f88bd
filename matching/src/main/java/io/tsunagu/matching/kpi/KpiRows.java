package io.tsunagu.matching.kpi;

import io.tsunagu.matching.offer.OfferStatus;

import java.time.Instant;
import java.util.List;

/** What the KPIs are computed from, as read from matching's tables. */
record KpiRows(int queueLength, List<RequestRow> requests, List<OfferRow> offers, List<ConsultationRow> consultations) {

    /**
     * A request made in the window: {@code acceptedAt} when an offer of it was accepted,
     * {@code storeId} of its accepted or else latest offer, {@code topTag} its strongest interest.
     */
    record RequestRow(Instant createdAt, boolean cancelled, Instant acceptedAt, String storeId, String topTag) {
    }

    record OfferRow(OfferStatus status) {
    }

    /** A consultation overlapping the window; {@code endedAt} null while it runs. */
    record ConsultationRow(String staffUsername, Instant startedAt, Instant endedAt, String outcome) {
    }
}
