package io.tsunagu.signaling.cluster;

import java.util.UUID;

/**
 * Node {@code origin} ended the room: the other nodes forget what they hold of it (their cached room,
 * which sockets joined it, their resume tokens for it), so that a join there is refused too.
 */
public record RoomEnded(String origin, UUID consultationId) {
}
