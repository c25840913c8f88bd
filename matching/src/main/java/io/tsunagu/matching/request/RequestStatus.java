package io.tsunagu.matching.request;

public enum RequestStatus {
    /** In the queue, waiting for the solver. */
    WAITING,
    /** Reserved for one staff member, whose answer is awaited. */
    OFFERED,
    CONNECTED,
    CANCELLED,
    ENDED;

    /** Still queued: counted for the positions of later requests. */
    public boolean isQueued() {
        return this == WAITING || this == OFFERED;
    }
}
