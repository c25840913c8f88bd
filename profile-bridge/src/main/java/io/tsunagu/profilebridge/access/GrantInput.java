package io.tsunagu.profilebridge.access;

import jakarta.validation.constraints.NotNull;

import java.time.Instant;

/** Until when the staff member may read the shopper's report. */
public record GrantInput(@NotNull Instant until) {
}
