package io.tsunagu.signaling.push;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tsunagu.signaling.connection.Participant;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/** A server message for every socket of one staff member or shopper. */
public record PushRequest(@NotNull @Valid Recipient to, @NotNull ObjectNode message) {

    /** {@code id} is a Keycloak user name for STAFF, a visitor id for SHOPPER. */
    public record Recipient(
            @NotNull Participant.Kind kind,
            @NotNull @Pattern(regexp = Participant.STAFF_USERNAME_PATTERN, message = "must be a user name or visitor id")
            String id) {
    }
}
