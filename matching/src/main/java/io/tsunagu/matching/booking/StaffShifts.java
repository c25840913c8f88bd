package io.tsunagu.matching.booking;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

/** One staff member's shifts over the booking horizon, with what decides whether they suit a shopper. */
public record StaffShifts(String username, String displayName, String storeId, ZoneId zone, List<String> languages,
                          Map<String, Integer> levels, List<String> channels, List<Shift> shifts) {

    public StaffShifts {
        languages = List.copyOf(languages);
        levels = Map.copyOf(levels);
        channels = List.copyOf(channels);
        shifts = List.copyOf(shifts);
    }

    public record Shift(Instant start, Instant end) {
    }

    public int levelIn(String tag) {
        return levels.getOrDefault(tag, 0);
    }
}
