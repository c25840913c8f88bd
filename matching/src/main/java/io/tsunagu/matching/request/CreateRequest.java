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
        Boolean useBehaviour) {

    public boolean behaviourAllowed() {
        return Boolean.TRUE.equals(useBehaviour);
    }
}
