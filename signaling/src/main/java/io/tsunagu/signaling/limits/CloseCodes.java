package io.tsunagu.signaling.limits;

import io.quarkus.websockets.next.CloseReason;

/**
 * Why the server closed a socket, as WebSocket close codes (4000-4999 are the application's own).
 * Browsers read {@code CloseEvent.code}: they cannot see the HTTP status of a refused upgrade.
 */
public final class CloseCodes {

    /** The socket sent messages faster than the rate limit for too long; reconnecting later is fine. */
    public static final CloseReason FLOODING = new CloseReason(4429, "message rate limit exceeded");
    /** The identity already holds the maximum number of sockets; close one before opening another. */
    public static final CloseReason TOO_MANY_SOCKETS = new CloseReason(4409, "too many sockets for this identity");
    /** Another socket of the same participant resumed this one's place in a room; this one is stale. */
    public static final CloseReason REPLACED = new CloseReason(4000, "resumed on another socket");
    /**
     * Quarkus closes a socket with 1008 (policy violation) when its identity expires: the Keycloak token's
     * {@code exp}, or the shopper ticket's. The browser reconnects with a fresh token or ticket.
     */
    public static final int IDENTITY_EXPIRED = 1008;
    /** Netty closes a socket with 1009 (message too big) for a frame over the size limit. */
    public static final int MESSAGE_TOO_BIG = 1009;

    private CloseCodes() {
    }
}
