package io.tsunagu.matching.request;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A shopper's click on "talk to a staff member". */
public record CreateRequest(
        @NotNull @Pattern(regexp = "[a-z]{2,3}", message = "must be an ISO 639 language code such as ja or en")
        String language,
        @NotNull
        Channel channel,
        @Size(max = 500)
        String topic,
        /** Whether the shopper lets matching use their browsing interests; off unless they said so. */
        Boolean useBehaviour,
        /** The shopper's preferred or usual store (a staff-directory store id), if the page knows it. */
        @Pattern(regexp = "[a-z0-9][a-z0-9-]{0,62}", message = "must be a store id: lower-case letters, digits and '-'")
        String preferredStoreId) {

    public boolean behaviourAllowed() {
        return Boolean.TRUE.equals(useBehaviour);
    }
}
