package io.tsunagu.signaling.cluster;

import io.tsunagu.signaling.connection.Participant;

/**
 * What one node asks the others to write to all of a participant's sockets: {@code text}, an encoded
 * server message (a push, call-start, call-end). {@code origin} is the sending node, which ignores its
 * own envelopes.
 */
public record Envelope(String origin, Participant.Kind kind, String id, String text) {

    public Participant participant() {
        return new Participant(kind, id);
    }
}
