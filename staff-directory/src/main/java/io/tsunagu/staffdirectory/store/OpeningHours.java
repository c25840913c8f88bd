package io.tsunagu.staffdirectory.store;

import jakarta.validation.constraints.NotNull;

/** The hours a store is open on one day of the week, local: {"day":"MON","opens":"10:00","closes":"20:00"}. */
public record OpeningHours(@NotNull String day, @NotNull String opens, @NotNull String closes) {
}
