package io.tsunagu.matching.client;

/** A staff member's presence in staff-directory; matching sets the busy states. */
public enum Presence {
    AVAILABLE, AWAY, OFFLINE, OFFERED, IN_CALL, WRAP_UP
}
