package io.tsunagu.staffdirectory.shift;

import jakarta.validation.constraints.NotNull;

/** A weekly shift as the API writes it: {"day":"MON","start":"09:00","end":"18:00"}, local time. */
public record WeeklyShift(@NotNull String day, @NotNull String start, @NotNull String end) {
}
