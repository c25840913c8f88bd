package io.tsunagu.matching.assignment;

/** What asked for a matching round; counted per cause in the metric {@code tsunagu_matching_round_triggers_total}. */
public enum RoundCause {
    /** A shopper joined the queue. */
    REQUEST_OPENED,
    /** A shopper left the queue: the shoppers behind them move up. */
    REQUEST_CANCELLED,
    /** An offer was declined, timed out, cancelled or rescinded: its request is back in the queue. */
    OFFER_CLOSED,
    /** A call ended or its notes were written: the staff member has a slot again. */
    STAFF_FREED,
    /** Another change, such as new weights. */
    CHANGE,
    /** The periodic safety net: presence changes in staff-directory are seen this way. */
    POLL
}
