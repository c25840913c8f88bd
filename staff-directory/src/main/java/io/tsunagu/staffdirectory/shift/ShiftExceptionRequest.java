package io.tsunagu.staffdirectory.shift;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;

/** A day or hours off, or extra work, on one local date; start and end are HH:mm or both absent (a whole day off). */
public record ShiftExceptionRequest(@NotNull LocalDate date, @NotNull ExceptionKind kind, String start, String end,
                                    @Size(max = 200) String reason) {
}
