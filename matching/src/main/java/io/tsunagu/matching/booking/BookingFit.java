package io.tsunagu.matching.booking;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Whom a booking goes to among the staff free in the slot: the best expertise fit (Σ interest score ×
 * level, as the solver's "Expertise fit"), then the one with fewer bookings in the horizon, then by name,
 * so the choice is plain to explain and repeatable.
 */
final class BookingFit {

    private BookingFit() {
    }

    /** The tag that decided the choice, and the staff member's level in it. */
    record Match(String tag, int level) {
    }

    static List<StaffShifts> rank(List<StaffShifts> free, Map<String, Double> interests, Map<String, Long> bookingsOf) {
        return free.stream()
                .sorted(Comparator.comparingDouble((StaffShifts staff) -> -fit(staff, interests))
                        .thenComparingLong(staff -> bookingsOf.getOrDefault(staff.username(), 0L))
                        .thenComparing(StaffShifts::username))
                .toList();
    }

    static double fit(StaffShifts staff, Map<String, Double> interests) {
        return interests.entrySet().stream().mapToDouble(i -> i.getValue() * staff.levelIn(i.getKey())).sum();
    }

    /** The shopper's interest that weighs most with this staff member; none when no interest meets their expertise. */
    static Optional<Match> strongestMatch(StaffShifts staff, Map<String, Double> interests) {
        return interests.entrySet().stream()
                .filter(i -> i.getValue() > 0 && staff.levelIn(i.getKey()) > 0)
                .max(Comparator.comparingDouble((Map.Entry<String, Double> i) -> i.getValue() * staff.levelIn(i.getKey()))
                        .thenComparing(Map.Entry::getKey, Comparator.reverseOrder()))
                .map(i -> new Match(i.getKey(), staff.levelIn(i.getKey())));
    }
}
