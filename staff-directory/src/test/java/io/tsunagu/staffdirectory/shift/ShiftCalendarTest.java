package io.tsunagu.staffdirectory.shift;

import io.tsunagu.staffdirectory.shift.ShiftCalendar.Interval;
import io.tsunagu.staffdirectory.shift.ShiftCalendar.Weekly;
import io.tsunagu.staffdirectory.staff.StaffView.ShiftStatus;
import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.SUNDAY;
import static org.assertj.core.api.Assertions.assertThat;

/** Shifts in local time turned into instants: midnight, daylight saving time, exceptions. */
class ShiftCalendarTest {

    private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    /** A Monday. */
    private static final LocalDate MONDAY_23 = LocalDate.of(2026, 11, 23);
    /** Europe/Berlin goes from 02:00 CET to 03:00 CEST on this Sunday. */
    private static final LocalDate SPRING_FORWARD = LocalDate.of(2026, 3, 29);
    /** Europe/Berlin goes from 03:00 CEST back to 02:00 CET on this Sunday. */
    private static final LocalDate FALL_BACK = LocalDate.of(2026, 10, 25);
    private static final LocalDate CHRISTMAS_EVE = LocalDate.of(2026, 12, 24);

    @Test
    void aShiftEndingBeforeItStartsRunsPastMidnight() {
        ShiftCalendar calendar = new ShiftCalendar(TOKYO, List.of(weekly(MONDAY, "22:00", "06:00")), List.of());

        assertThat(calendar.intervals(MONDAY_23, MONDAY_23.plusDays(1)))
                .containsExactly(interval("2026-11-23T13:00:00Z", "2026-11-23T21:00:00Z"));
    }

    @Test
    void aNightShiftIsOnShiftAfterMidnightUntilItsEnd() {
        ShiftCalendar calendar = new ShiftCalendar(TOKYO, List.of(weekly(MONDAY, "22:00", "06:00")), List.of());

        // 05:59 on Tuesday in Tokyo: still the Monday night shift.
        assertThat(calendar.status(Instant.parse("2026-11-23T20:59:00Z")))
                .isEqualTo(new ShiftStatus(true, Instant.parse("2026-11-23T21:00:00Z")));
        assertThat(calendar.status(Instant.parse("2026-11-23T21:00:00Z"))).isEqualTo(ShiftStatus.OFF);
        assertThat(calendar.status(Instant.parse("2026-11-23T12:59:59Z"))).isEqualTo(ShiftStatus.OFF);
    }

    @Test
    void theSameWallClockShiftIsAnHourShorterWhenClocksGoForward() {
        ShiftCalendar calendar = new ShiftCalendar(BERLIN, List.of(weekly(SUNDAY, "00:00", "08:00")), List.of());

        List<Interval> intervals = calendar.intervals(SPRING_FORWARD, SPRING_FORWARD.plusDays(1));

        // 00:00 CET (+01:00) to 08:00 CEST (+02:00).
        assertThat(intervals).containsExactly(interval("2026-03-28T23:00:00Z", "2026-03-29T06:00:00Z"));
        assertThat(length(intervals.get(0))).isEqualTo(Duration.ofHours(7));
    }

    @Test
    void theSameWallClockShiftIsAnHourLongerWhenClocksGoBack() {
        ShiftCalendar calendar = new ShiftCalendar(BERLIN, List.of(weekly(SUNDAY, "00:00", "08:00")), List.of());

        List<Interval> intervals = calendar.intervals(FALL_BACK, FALL_BACK.plusDays(1));

        // 00:00 CEST (+02:00) to 08:00 CET (+01:00).
        assertThat(intervals).containsExactly(interval("2026-10-24T22:00:00Z", "2026-10-25T07:00:00Z"));
        assertThat(length(intervals.get(0))).isEqualTo(Duration.ofHours(9));
    }

    @Test
    void aShiftInsideTheSkippedHourMovesForwardByTheGap() {
        ShiftCalendar calendar = new ShiftCalendar(BERLIN, List.of(weekly(SUNDAY, "02:10", "02:50")), List.of());

        // 02:10 does not exist that night: it is worked at 03:10 CEST, to 03:50 CEST.
        assertThat(calendar.intervals(SPRING_FORWARD, SPRING_FORWARD.plusDays(1)))
                .containsExactly(interval("2026-03-29T01:10:00Z", "2026-03-29T01:50:00Z"));
        // A week later the same shift is worked as written, at 02:10 CEST.
        assertThat(calendar.intervals(SPRING_FORWARD.plusDays(7), SPRING_FORWARD.plusDays(8)))
                .containsExactly(interval("2026-04-05T00:10:00Z", "2026-04-05T00:50:00Z"));
    }

    @Test
    void exactlyTheSkippedHourHasNoTimeThatNight() {
        ShiftCalendar calendar = new ShiftCalendar(BERLIN, List.of(weekly(SUNDAY, "02:00", "03:00")), List.of());

        assertThat(calendar.intervals(SPRING_FORWARD, SPRING_FORWARD.plusDays(1))).isEmpty();
        assertThat(calendar.intervals(FALL_BACK, FALL_BACK.plusDays(1)))
                .containsExactly(interval("2026-10-25T00:00:00Z", "2026-10-25T02:00:00Z"));
    }

    @Test
    void aNightShiftAcrossTheChangeIsOnShiftAtTheSkippedHour() {
        ShiftCalendar calendar = new ShiftCalendar(BERLIN, List.of(weekly(DayOfWeek.SATURDAY, "22:00", "06:00")), List.of());

        // 01:59 CET is followed by 03:00 CEST: 01:00Z is 03:00 local, inside the shift that ends at 06:00 CEST = 04:00Z.
        assertThat(calendar.status(Instant.parse("2026-03-29T01:00:00Z")))
                .isEqualTo(new ShiftStatus(true, Instant.parse("2026-03-29T04:00:00Z")));
    }

    @Test
    void aHolidayCancelsTheShiftsThatStartThatDay() {
        ShiftCalendar calendar = new ShiftCalendar(TOKYO, everyDay("09:00", "18:00"),
                List.of(new ShiftCalendar.Exception(CHRISTMAS_EVE, ExceptionKind.OFF, null, null)));

        assertThat(calendar.intervals(CHRISTMAS_EVE.minusDays(1), CHRISTMAS_EVE.plusDays(2))).containsExactly(
                interval("2026-12-23T00:00:00Z", "2026-12-23T09:00:00Z"),
                interval("2026-12-25T00:00:00Z", "2026-12-25T09:00:00Z"));
        assertThat(calendar.status(Instant.parse("2026-12-24T03:00:00Z"))).isEqualTo(ShiftStatus.OFF);
    }

    @Test
    void aHolidayKeepsTheNightShiftThatStartedTheEveningBefore() {
        ShiftCalendar calendar = new ShiftCalendar(TOKYO, List.of(weekly(DayOfWeek.WEDNESDAY, "22:00", "06:00")),
                List.of(new ShiftCalendar.Exception(CHRISTMAS_EVE, ExceptionKind.OFF, null, null)));

        // 2026-12-23 is a Wednesday; its night shift ends at 06:00 on the 24th.
        assertThat(calendar.status(Instant.parse("2026-12-23T20:00:00Z")))
                .isEqualTo(new ShiftStatus(true, Instant.parse("2026-12-23T21:00:00Z")));
    }

    @Test
    void hoursOffCutAShiftInTwo() {
        ShiftCalendar calendar = new ShiftCalendar(TOKYO, everyDay("09:00", "18:00"),
                List.of(new ShiftCalendar.Exception(CHRISTMAS_EVE, ExceptionKind.OFF, 12 * 60, 13 * 60)));

        assertThat(calendar.intervals(CHRISTMAS_EVE, CHRISTMAS_EVE.plusDays(1))).containsExactly(
                interval("2026-12-24T00:00:00Z", "2026-12-24T03:00:00Z"),
                interval("2026-12-24T04:00:00Z", "2026-12-24T09:00:00Z"));
    }

    @Test
    void extraWorkAddsAShiftOnADayWithoutOne() {
        LocalDate sunday = LocalDate.of(2026, 11, 29);
        ShiftCalendar calendar = new ShiftCalendar(TOKYO, List.of(weekly(MONDAY, "09:00", "18:00")),
                List.of(new ShiftCalendar.Exception(sunday, ExceptionKind.WORK, 10 * 60, 14 * 60)));

        assertThat(calendar.intervals(sunday, sunday.plusDays(2))).containsExactly(
                interval("2026-11-29T01:00:00Z", "2026-11-29T05:00:00Z"),
                interval("2026-11-30T00:00:00Z", "2026-11-30T09:00:00Z"));
    }

    @Test
    void roundTheClockShiftsJoinIntoOneThatEndsBeyondTheLookAhead() {
        ShiftCalendar calendar = new ShiftCalendar(TOKYO, everyDay("00:00", "24:00"), List.of());
        Instant now = Instant.parse("2026-11-24T10:15:00Z");

        ShiftStatus status = calendar.status(now);

        assertThat(status.onShift()).isTrue();
        assertThat(status.endsAt()).isAfterOrEqualTo(now.plus(Duration.ofDays(ShiftCalendar.LOOK_AHEAD_DAYS - 1)));
    }

    @Test
    void aDayShiftFollowedByANightShiftEndsWithTheNightShift() {
        ShiftCalendar calendar = new ShiftCalendar(TOKYO,
                List.of(weekly(MONDAY, "09:00", "18:00"), weekly(MONDAY, "18:00", "02:00")), List.of());

        assertThat(calendar.status(Instant.parse("2026-11-23T03:00:00Z")))
                .isEqualTo(new ShiftStatus(true, Instant.parse("2026-11-23T17:00:00Z")));
    }

    @Test
    void overlappingWeeklyShiftsAreFound() {
        assertThat(ShiftCalendar.overlaps(List.of(weekly(MONDAY, "09:00", "18:00"), weekly(MONDAY, "17:00", "20:00"))))
                .containsExactly("[0] and [1]");
        // Sunday night runs into Monday morning.
        assertThat(ShiftCalendar.overlaps(List.of(weekly(SUNDAY, "22:00", "06:00"), weekly(MONDAY, "05:00", "09:00"))))
                .containsExactly("[0] and [1]");
    }

    @Test
    void shiftsThatOnlyTouchDoNotOverlap() {
        assertThat(ShiftCalendar.overlaps(List.of(weekly(MONDAY, "09:00", "18:00"), weekly(MONDAY, "18:00", "20:00")))).isEmpty();
        assertThat(ShiftCalendar.overlaps(List.of(weekly(SUNDAY, "22:00", "02:00"), weekly(MONDAY, "02:00", "09:00")))).isEmpty();
        assertThat(ShiftCalendar.overlaps(everyDay("00:00", "24:00"))).isEmpty();
    }

    private static Weekly weekly(DayOfWeek day, String start, String end) {
        return new Weekly(day, minutes(start), minutes(end));
    }

    private static List<Weekly> everyDay(String start, String end) {
        return java.util.Arrays.stream(DayOfWeek.values()).map(day -> weekly(day, start, end)).toList();
    }

    private static int minutes(String time) {
        return io.tsunagu.staffdirectory.LocalTimes.minutes(time);
    }

    private static Interval interval(String start, String end) {
        return new Interval(Instant.parse(start), Instant.parse(end));
    }

    private static Duration length(Interval interval) {
        return Duration.between(interval.start(), interval.end());
    }
}
