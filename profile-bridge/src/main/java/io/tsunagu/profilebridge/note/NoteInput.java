package io.tsunagu.profilebridge.note;

import io.tsunagu.profilebridge.interest.Tags;
import io.tsunagu.profilebridge.validation.Uuids;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;
import java.util.List;

/** A note as matching forwards it once the staff member has written it. */
public record NoteInput(
        @NotNull
        @Pattern(regexp = Uuids.PATTERN, message = Uuids.MESSAGE)
        String consultationId,
        @NotBlank
        @Size(max = 255)
        String staffUsername,
        @NotNull
        @Size(max = MAX_TEXT)
        String text,
        @Size(max = Tags.MAX_PER_ITEM)
        List<@NotNull @Pattern(regexp = Tags.PATTERN, message = Tags.PATTERN_MESSAGE) String> tags,
        @Size(max = MAX_PRODUCTS)
        List<@NotNull @Pattern(regexp = "[A-Za-z0-9_-]{1,64}", message = "must be 1 to 64 characters of A-Z, a-z, 0-9, _ and -") String> productIds,
        @Pattern(regexp = "PURCHASED|CONSIDERING|NOT_INTERESTED", message = "must be PURCHASED, CONSIDERING or NOT_INTERESTED")
        String outcome,
        LocalDate followUpOn) {

    public static final int MAX_TEXT = 4000;
    public static final int MAX_PRODUCTS = 50;

    public NoteInput {
        tags = tags == null ? List.of() : tags;
        productIds = productIds == null ? List.of() : productIds;
    }
}
