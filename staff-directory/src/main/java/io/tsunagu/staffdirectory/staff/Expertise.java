package io.tsunagu.staffdirectory.staff;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A tag a staff member knows and their level in it, from 1 (some) to 5 (expert). */
public record Expertise(@NotBlank @Size(max = 63) String tag,
                        @NotNull @Min(1) @Max(5) Integer level) {
}
