package io.tsunagu.signaling.resume;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/** Where resume tokens live: this node's memory, or Redis when several nodes must honour each other's tokens. */
interface GrantStore {

    /** A token of an open socket: it lives as long as a room may. */
    void put(String token, Grant grant);

    Optional<Grant> get(String token);

    /** Removes the token; true for the one caller that removed it (of two nodes redeeming at once, one wins). */
    boolean remove(String token);

    /** The token's socket closed: the token now lives for the grace period, if it is still there. */
    void dropped(String token, Grant grant, Duration grace);

    /** Forgets tokens whose grace period passed (Redis lets its keys expire by themselves). */
    void expire(Instant now, Duration grace);

    /** Tokens held: what tests check for leaks. */
    int size();
}
