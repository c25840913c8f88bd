package io.tsunagu.staffdirectory.shift;

import io.tsunagu.staffdirectory.LocalTimes;
import io.tsunagu.staffdirectory.store.OpeningHoursRow;

import java.time.DayOfWeek;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The minutes of a week a store is open, in its local time, to check that a shift lies within them. A
 * shift past midnight must be covered by both days' hours (open until 24:00 and from 00:00); Sunday night
 * runs into Monday. Both are local to the store, so its time zone and clock changes do not enter.
 */
final class OpeningHoursCover {

    private static final int DAY = 24 * 60;
    private static final int WEEK = 7 * DAY;

    private final boolean[] open = new boolean[WEEK];
    private final List<OpeningHoursRow> hours;

    OpeningHoursCover(List<OpeningHoursRow> hours) {
        this.hours = hours;
        for (OpeningHoursRow row : hours) {
            int dayStart = minuteOfWeek(LocalTimes.day(row.day()), 0);
            for (int minute = row.opensMinute(); minute < row.closesMinute(); minute++) {
                open[dayStart + minute] = true;
            }
        }
    }

    /** Whether the store is open for every minute from {@code start} on {@code day} for {@code length} minutes. */
    boolean covers(DayOfWeek day, int start, int length) {
        int first = minuteOfWeek(day, start);
        for (int minute = 0; minute < length; minute++) {
            if (!open[(first + minute) % WEEK]) {
                return false;
            }
        }
        return true;
    }

    /** The store's hours on {@code day}, for a message: "10:00–21:00", or "closed". */
    String describe(DayOfWeek day) {
        String listed = hours.stream()
                .filter(row -> LocalTimes.day(row.day()) == day)
                .sorted(Comparator.comparingInt(OpeningHoursRow::opensMinute))
                .map(row -> LocalTimes.format(row.opensMinute()) + "–" + LocalTimes.format(row.closesMinute()))
                .collect(Collectors.joining(", "));
        return listed.isEmpty() ? "closed" : listed;
    }

    static int length(int start, int end) {
        return end > start ? end - start : end + DAY - start;
    }

    private static int minuteOfWeek(DayOfWeek day, int minute) {
        return (day.getValue() - 1) * DAY + minute;
    }
}
