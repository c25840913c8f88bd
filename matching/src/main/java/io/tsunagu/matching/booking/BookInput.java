package io.tsunagu.matching.booking;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.time.Instant;
import java.util.UUID;

/** A shopper's booking of one slot from {@code GET /booking-slots}; {@code followUpOf} books the staff member of that consultation. */
public record BookInput(
        @NotNull
        Instant start,
        @NotNull @Pattern(regexp = "[a-z]{2,3}", message = "must be an ISO 639 language code such as ja or en")
        String language,
        @Size(max = 500)
        String topic,
        @Pattern(regexp = "[a-z0-9-]{1,64}", message = "must be a store id such as tokyo")
        String storeId,
        UUID followUpOf,
        /** Whether the staff member may see the shopper's browsing interests; off unless they said so. */
        Boolean useBehaviour) {

    public boolean behaviourAllowed() {
        return Boolean.TRUE.equals(useBehaviour);
    }
}
