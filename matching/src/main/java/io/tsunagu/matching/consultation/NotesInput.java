package io.tsunagu.matching.consultation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;
import java.util.List;

/**
 * What the staff member noted after the call, with tags from the expertise taxonomy; optionally
 * the products shown, the outcome, and the local date to follow up on.
 */
public record NotesInput(
        @NotBlank @Size(max = 5000)
        String text,
        @NotNull @Size(max = 20)
        List<@NotNull @Pattern(regexp = "[a-z0-9][a-z0-9-]{0,63}", message = "must be a tag id such as mountaineering") String> tags,
        @Size(max = 50)
        List<@NotNull @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9_-]{0,63}", message = "must be a product id such as p-101") String> productIds,
        Outcome outcome,
        LocalDate followUpOn) {

    public List<String> productIdsOrEmpty() {
        return productIds == null ? List.of() : productIds;
    }
}
