package io.tsunagu.profilebridge.intent;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** What a shopper typed about what they want, and in which language. */
public record IntentRequest(
        @NotBlank
        @Size(max = MAX_TEXT_LENGTH)
        String text,
        @NotNull
        @Pattern(regexp = IntentLanguage.PATTERN, message = "must be ja or en")
        String language) {

    /** A sentence or two: the topic field of the widget, not a document. */
    public static final int MAX_TEXT_LENGTH = 500;
}
