package io.tsunagu.matching.offer;

/**
 * Where an offer stands. PENDING is the only live state; every other state is terminal and is
 * reached only from PENDING.
 */
public enum OfferStatus {
    PENDING,
    ACCEPTED,
    DECLINED,
    TIMED_OUT,
    /** The shopper left. */
    CANCELLED,
    /** Matching withdrew it: the staff member went away or offline while it was pending. */
    RESCINDED;

    public boolean isLive() {
        return this == PENDING;
    }

    /** The legal transitions: PENDING to any terminal state, nothing out of a terminal state. */
    public boolean canBecome(OfferStatus next) {
        return this == PENDING && next != PENDING;
    }
}
