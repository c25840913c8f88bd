package io.tsunagu.signaling.cluster;

import java.util.UUID;

/**
 * A resume on node {@code origin} took the place of socket {@code connectionId} on node {@code node} in a
 * room: that node lets the socket go without telling the peer (it is counted out already) and closes it
 * with {@code 4000}. A node that died hears nothing, and has nothing to let go.
 */
public record Takeover(String origin, String node, UUID consultationId, String connectionId) {
}
