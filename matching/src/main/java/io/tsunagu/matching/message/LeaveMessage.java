package io.tsunagu.matching.message;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** What a shopper leaves when nobody can talk now. */
public record LeaveMessage(
        @NotNull @Pattern(regexp = "[a-z]{2,3}", message = "must be an ISO 639 language code such as ja or en")
        String language,
        @NotBlank @Size(max = 2000)
        String topic,
        @Pattern(regexp = "[a-z0-9-]{1,64}", message = "must be a store id such as tokyo")
        String preferredStoreId,
        /** Whether the staff member may see the shopper's browsing interests; off unless they said so. */
        Boolean useBehaviour) {

    public boolean behaviourAllowed() {
        return Boolean.TRUE.equals(useBehaviour);
    }
}
