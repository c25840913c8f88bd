package io.tsunagu.signaling.room;

import io.tsunagu.signaling.connection.Participant;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** The call of one consultation: its two participants, and when it ended (null while it runs). */
public record Room(UUID consultationId, String visitorId, String staffUsername, Instant createdAt, Instant endedAt) {

    public Participant shopper() {
        return Participant.shopper(visitorId);
    }

    public Participant staff() {
        return Participant.staff(staffUsername);
    }

    public boolean ended() {
        return endedAt != null;
    }

    /** The other participant, for one of the two; empty for anybody else. */
    public Optional<Participant> peerOf(Participant participant) {
        if (participant.equals(shopper())) {
            return Optional.of(staff());
        }
        if (participant.equals(staff())) {
            return Optional.of(shopper());
        }
        return Optional.empty();
    }
}
