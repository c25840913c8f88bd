package io.tsunagu.profilebridge.event;

import io.tsunagu.profilebridge.interest.Tags;
import io.tsunagu.profilebridge.validation.Uuids;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.time.Instant;
import java.util.List;

/** One behaviour event as the widget reports it; {@code id} makes re-sending harmless. */
public record EventInput(
        @NotNull
        @Pattern(regexp = Uuids.PATTERN, message = Uuids.MESSAGE)
        String id,
        @NotNull
        @Pattern(regexp = EventType.PATTERN, message = "must be one of page_view, product_view, search, favorite, cart_add, purchase")
        String type,
        @Pattern(regexp = "[A-Za-z0-9_-]{1,64}", message = "must be 1 to 64 characters of A-Z, a-z, 0-9, _ and -")
        String productId,
        @Size(max = Tags.MAX_PER_ITEM)
        List<@NotNull @Pattern(regexp = Tags.PATTERN, message = Tags.PATTERN_MESSAGE) String> tags,
        @NotNull
        @NotFarInFuture
        Instant occurredAt) {

    public EventInput {
        tags = tags == null ? List.of() : tags;
    }
}
