package io.tsunagu.signaling.resume;

import io.tsunagu.signaling.connection.Participant;

import java.time.Instant;
import java.util.UUID;

/**
 * What a resume token stands for: a socket ({@code connectionId} on {@code node}) of a participant in a
 * room; {@code droppedAt} is null while that socket is open.
 */
public record Grant(UUID consultationId, Participant participant, String node, String connectionId, Instant droppedAt) {

    /** The grant's socket has not been seen to close: it may be alive, or on a node that died. */
    public boolean open() {
        return droppedAt == null;
    }

    Grant dropped(Instant at) {
        return new Grant(consultationId, participant, node, connectionId, at);
    }

    /** One line for Redis: the fields joined by {@code |}, which neither ids nor user names contain. */
    String encode() {
        return String.join("|", consultationId.toString(), participant.kind().name(), participant.id(), node, connectionId,
                droppedAt == null ? "" : Long.toString(droppedAt.toEpochMilli()));
    }

    static Grant decode(String line) {
        String[] parts = line.split("\\|", -1);
        if (parts.length != 6) {
            throw new IllegalArgumentException("a stored grant has six fields");
        }
        return new Grant(UUID.fromString(parts[0]), new Participant(Participant.Kind.valueOf(parts[1]), parts[2]), parts[3], parts[4],
                parts[5].isEmpty() ? null : Instant.ofEpochMilli(Long.parseLong(parts[5])));
    }
}
