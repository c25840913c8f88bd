package io.tsunagu.matching.rating;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The shopper's stars (1–5) and an optional comment. */
public record RatingInput(
        @NotNull @Min(1) @Max(5)
        Integer stars,
        @Size(max = 1000)
        String comment) {
}
