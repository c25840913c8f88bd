package io.tsunagu.matching.consultation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.util.List;

/** What the staff member noted after the call, with tags from the expertise taxonomy. */
public record NotesInput(
        @NotBlank @Size(max = 5000)
        String text,
        @NotNull @Size(max = 20)
        List<@NotNull @Pattern(regexp = "[a-z0-9][a-z0-9-]{0,63}", message = "must be a tag id such as mountaineering") String> tags) {
}
