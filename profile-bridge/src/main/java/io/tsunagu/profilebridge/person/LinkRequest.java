package io.tsunagu.profilebridge.person;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/**
 * The EC site's backend tells that a member logged in with a visitor id, or that a store card
 * belongs to a member: exactly one of {@code visitorId} and {@code cardId}.
 */
public record LinkRequest(
        @Pattern(regexp = "[A-Za-z0-9_-]{8,64}", message = "must be 8 to 64 characters of A-Z, a-z, 0-9, _ and -")
        String visitorId,
        @Pattern(regexp = IdentityKind.CARD_PATTERN, message = "must be c- and 1 to 62 characters of A-Z, a-z, 0-9, _ and -")
        String cardId,
        @NotNull
        @Pattern(regexp = IdentityKind.MEMBER_PATTERN, message = "must be m- and 1 to 62 characters of A-Z, a-z, 0-9, _ and -")
        String memberId) {
}
