package io.tsunagu.staffdirectory.shift;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** One row of shift_weekly: local minutes after midnight; an end at or before the start is the next day's. */
@Embeddable
public record WeeklyShiftRow(@Column(name = "day", nullable = false) String day,
                             @Column(name = "start_minute", nullable = false) int startMinute,
                             @Column(name = "end_minute", nullable = false) int endMinute) {
}
