package io.tsunagu.staffdirectory.staff;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** What a staff member writes about themselves for shoppers and colleagues. */
public record ProfileText(@NotNull @Size(max = 1000) String profileText) {
}
