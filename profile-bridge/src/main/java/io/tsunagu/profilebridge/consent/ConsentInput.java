package io.tsunagu.profilebridge.consent;

import jakarta.validation.constraints.NotNull;

/** The widget's consent choice: may the shopper's behaviour be used for matching and shown to staff. */
public record ConsentInput(@NotNull Boolean useBehaviour) {
}
