package io.tsunagu.signaling.cluster;

import io.tsunagu.signaling.connection.Participant;

import java.util.UUID;

/**
 * What one node asks the others to write to their sockets: {@code text} (an encoded server message) to
 * the participant's sockets in a room ({@code consultationId} set), or to all the participant's sockets
 * (a push, call-start, call-end). {@code origin} is the sending node, which ignores its own envelopes.
 */
public record Envelope(String origin, UUID consultationId, Participant.Kind kind, String id, String text) {

    public Participant participant() {
        return new Participant(kind, id);
    }
}
