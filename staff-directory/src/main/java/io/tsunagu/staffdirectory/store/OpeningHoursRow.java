package io.tsunagu.staffdirectory.store;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** One row of store_opening_hours: local minutes after midnight. */
@Embeddable
public record OpeningHoursRow(@Column(name = "day", nullable = false) String day,
                              @Column(name = "opens_minute", nullable = false) int opensMinute,
                              @Column(name = "closes_minute", nullable = false) int closesMinute) {
}
