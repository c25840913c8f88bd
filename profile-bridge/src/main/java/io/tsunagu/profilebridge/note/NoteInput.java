package io.tsunagu.profilebridge.note;

import io.tsunagu.profilebridge.interest.Tags;
import io.tsunagu.profilebridge.validation.Uuids;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

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
        List<@NotNull @Pattern(regexp = Tags.PATTERN, message = Tags.PATTERN_MESSAGE) String> tags) {

    public static final int MAX_TEXT = 4000;

    public NoteInput {
        tags = tags == null ? List.of() : tags;
    }
}
