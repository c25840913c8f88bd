package io.tsunagu.signaling.room;

import io.tsunagu.signaling.connection.Participant;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import java.util.UUID;

/** Matching opens a room when a staff member accepts an offer. */
public record OpenRoomRequest(
        @NotNull UUID consultationId,
        @NotNull @Pattern(regexp = Participant.VISITOR_ID_PATTERN, message = "must be 8 to 64 characters of A-Z, a-z, 0-9, _ and -")
        String visitorId,
        @NotNull @Pattern(regexp = Participant.STAFF_USERNAME_PATTERN, message = "must be a Keycloak user name")
        String staffUsername) {
}
