package io.tsunagu.matching.booking;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Cuts bookable slots out of the staff's shifts: slots lie on a grid of the slot length from local
 * midnight in the staff member's store time zone, wholly inside a shift. A slot is free while at
 * least one suitable staff member on shift then has no booking overlapping it.
 */
final class SlotPlanner {

    /** The channel a booked consultation takes place on. */
    static final String BOOKED_CHANNEL = "VIDEO";

    private SlotPlanner() {
    }

    /** A free slot and the suitable staff members without a booking then, in the roster's order. */
    record Slot(Instant start, Instant end, List<StaffShifts> free) {
    }

    /** A live booking's staff member and time. */
    record Booked(String staffUsername, Instant start, Instant end) {
    }

    /** Who may serve: speaks {@code language}; of {@code storeId} and named {@code staffUsername} when they are set. */
    record Wish(String language, String storeId, String staffUsername) {

        boolean suits(StaffShifts staff) {
            return staff.languages().contains(language) && staff.channels().contains(BOOKED_CHANNEL)
                    && (storeId == null || storeId.equals(staff.storeId()))
                    && (staffUsername == null || staffUsername.equals(staff.username()));
        }
    }

    /** Free slots starting from {@code earliest} and before {@code latest}, earliest first. */
    static List<Slot> plan(List<StaffShifts> roster, List<Booked> booked, Wish wish, Instant earliest, Instant latest,
                           Duration length) {
        Map<Instant, List<StaffShifts>> freeAt = new TreeMap<>();
        for (StaffShifts staff : roster) {
            if (!wish.suits(staff)) {
                continue;
            }
            List<Booked> own = booked.stream().filter(b -> b.staffUsername().equals(staff.username())).toList();
            for (Instant start : starts(staff, earliest, latest, length)) {
                Instant end = start.plus(length);
                if (own.stream().noneMatch(b -> b.start().isBefore(end) && b.end().isAfter(start))) {
                    freeAt.computeIfAbsent(start, at -> new ArrayList<>()).add(staff);
                }
            }
        }
        return freeAt.entrySet().stream()
                .map(entry -> new Slot(entry.getKey(), entry.getKey().plus(length), List.copyOf(entry.getValue())))
                .toList();
    }

    /** Grid points whose whole slot lies in one of the staff member's shifts; shifts that touch or overlap count once. */
    static TreeSet<Instant> starts(StaffShifts staff, Instant earliest, Instant latest, Duration length) {
        TreeSet<Instant> starts = new TreeSet<>();
        for (StaffShifts.Shift shift : staff.shifts()) {
            Instant at = firstGridPoint(shift.start(), staff, length);
            while (!at.plus(length).isAfter(shift.end()) && at.isBefore(latest)) {
                if (!at.isBefore(earliest)) {
                    starts.add(at);
                }
                at = at.plus(length);
            }
        }
        return starts;
    }

    /** The first grid point at or after {@code instant}: local midnight plus a whole number of slot lengths. */
    private static Instant firstGridPoint(Instant instant, StaffShifts staff, Duration length) {
        ZonedDateTime local = instant.atZone(staff.zone());
        Instant midnight = local.toLocalDate().atStartOfDay(staff.zone()).toInstant();
        long sinceMidnight = Duration.between(midnight, instant).toSeconds();
        long step = length.toSeconds();
        return midnight.plusSeconds((sinceMidnight + step - 1) / step * step);
    }
}
