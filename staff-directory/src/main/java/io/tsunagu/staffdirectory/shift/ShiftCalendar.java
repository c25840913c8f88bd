package io.tsunagu.staffdirectory.shift;

import io.tsunagu.staffdirectory.staff.StaffView.ShiftStatus;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Turns one staff member's weekly shifts and exceptions, written in the store's local time, into
 * concrete instants. Local times are resolved by {@link LocalDateTime#atZone}: a time in a gap (the
 * hour skipped when clocks go forward) moves forward by the gap, a time in an overlap (the hour
 * repeated when clocks go back) takes the earlier offset. So a shift keeps its wall-clock times on a
 * change day and lasts an hour less or more.
 */
public final class ShiftCalendar {

    /** How far ahead a continuing shift is followed to find its end; beyond it the end is this far. */
    static final int LOOK_AHEAD_DAYS = 8;

    private final ZoneId zone;
    private final List<Weekly> weekly;
    private final List<Exception> exceptions;

    /** A weekly shift: minutes after local midnight; an end at or before the start is on the next day. */
    public record Weekly(DayOfWeek day, int start, int end) {

        /** Minutes, at most a day. */
        int length() {
            return end > start ? end - start : end + 24 * 60 - start;
        }
    }

    /** OFF for the whole date (no times) or a part of it; WORK from start to end. */
    public record Exception(LocalDate date, ExceptionKind kind, Integer start, Integer end) {
    }

    public record Interval(Instant start, Instant end) {
    }

    public ShiftCalendar(ZoneId zone, List<Weekly> weekly, List<Exception> exceptions) {
        this.zone = zone;
        this.weekly = List.copyOf(weekly);
        this.exceptions = List.copyOf(exceptions);
    }

    /** The shifts that start on a local date from {@code from} up to, not including, {@code to}; exceptions applied. */
    public List<Interval> intervals(LocalDate from, LocalDate to) {
        Instant lower = from.atStartOfDay(zone).toInstant();
        Instant upper = to.atStartOfDay(zone).toInstant();
        return concrete(from.minusDays(1), to.plusDays(1)).stream()
                .filter(i -> !i.start().isBefore(lower) && i.start().isBefore(upper))
                .toList();
    }

    /** Whether {@code now} falls in a shift, and when that shift (with the ones it runs into) ends. */
    public ShiftStatus status(Instant now) {
        LocalDate today = LocalDate.ofInstant(now, zone);
        List<Interval> merged = merge(concrete(today.minusDays(1), today.plusDays(LOOK_AHEAD_DAYS)));
        for (Interval interval : merged) {
            if (!now.isBefore(interval.start()) && now.isBefore(interval.end())) {
                return new ShiftStatus(true, interval.end());
            }
        }
        return ShiftStatus.OFF;
    }

    /** Intervals of the dates from {@code first} to {@code last} inclusive, sorted by start. */
    private List<Interval> concrete(LocalDate first, LocalDate last) {
        List<Interval> result = new ArrayList<>();
        for (LocalDate date = first; !date.isAfter(last); date = date.plusDays(1)) {
            LocalDate on = date;
            boolean dayOff = exceptions.stream()
                    .anyMatch(e -> e.date().equals(on) && e.kind() == ExceptionKind.OFF && e.start() == null);
            if (!dayOff) {
                for (Weekly shift : weekly) {
                    if (shift.day() == date.getDayOfWeek()) {
                        add(result, interval(date, shift.start(), shift.end()));
                    }
                }
            }
            for (Exception e : exceptions) {
                if (e.date().equals(date) && e.kind() == ExceptionKind.WORK) {
                    add(result, interval(date, e.start(), e.end()));
                }
            }
        }
        for (Exception e : exceptions) {
            if (e.kind() == ExceptionKind.OFF && e.start() != null) {
                result = subtract(result, interval(e.date(), e.start(), e.end()));
            }
        }
        result.sort(Comparator.comparing(Interval::start));
        return result;
    }

    /** The interval of local {@code start}–{@code end} on {@code date}; an end at or before the start is the next day's. */
    Interval interval(LocalDate date, int start, int end) {
        LocalDate endDate = end > start ? date : date.plusDays(1);
        return new Interval(at(date, start), at(endDate, end));
    }

    private Instant at(LocalDate date, int minutes) {
        return date.atStartOfDay().plusMinutes(minutes).atZone(zone).toInstant();
    }

    private static void add(List<Interval> result, Interval interval) {
        // A shift of exactly the skipped hour (02:00–03:00 when clocks go forward) has no length: nobody works it.
        if (interval.start().isBefore(interval.end())) {
            result.add(interval);
        }
    }

    private static List<Interval> subtract(List<Interval> intervals, Interval cut) {
        List<Interval> result = new ArrayList<>();
        for (Interval i : intervals) {
            if (!cut.start().isBefore(i.end()) || !cut.end().isAfter(i.start())) {
                result.add(i);
                continue;
            }
            add(result, new Interval(i.start(), cut.start().isBefore(i.start()) ? i.start() : cut.start()));
            add(result, new Interval(cut.end().isAfter(i.end()) ? i.end() : cut.end(), i.end()));
        }
        return result;
    }

    /** Joins intervals that overlap or touch, so a night shift that meets a day shift is one. */
    static List<Interval> merge(List<Interval> sorted) {
        List<Interval> merged = new ArrayList<>();
        for (Interval i : sorted) {
            Interval last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (last != null && !i.start().isAfter(last.end())) {
                merged.set(merged.size() - 1, new Interval(last.start(), i.end().isAfter(last.end()) ? i.end() : last.end()));
            } else {
                merged.add(i);
            }
        }
        return merged;
    }

    /** Whether any two weekly shifts share a minute of the week (a shift past Sunday midnight meets Monday). */
    public static List<String> overlaps(List<Weekly> shifts) {
        int week = 7 * 24 * 60;
        List<String> found = new ArrayList<>();
        for (int i = 0; i < shifts.size(); i++) {
            for (int j = i + 1; j < shifts.size(); j++) {
                Weekly a = shifts.get(i);
                Weekly b = shifts.get(j);
                int aStart = (a.day().getValue() - 1) * 24 * 60 + a.start();
                int bStart = (b.day().getValue() - 1) * 24 * 60 + b.start();
                for (int shift = -week; shift <= week; shift += week) {
                    int bs = bStart + shift;
                    if (aStart < bs + b.length() && bs < aStart + a.length()) {
                        found.add("[" + i + "] and [" + j + "]");
                        break;
                    }
                }
            }
        }
        return found;
    }

    /** Whether {@code candidate} overlaps an interval of the dates around it (weekly and extra shifts). */
    public boolean overlapsConcrete(Interval candidate) {
        LocalDate date = LocalDate.ofInstant(candidate.start(), zone);
        return concrete(date.minusDays(1), date.plusDays(1)).stream()
                .anyMatch(i -> candidate.start().isBefore(i.end()) && i.start().isBefore(candidate.end()));
    }
}
