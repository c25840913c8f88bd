package io.tsunagu.matching.booking;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

@ApplicationScoped
public class BookingRepository implements PanacheRepositoryBase<Booking, UUID> {

    public Optional<Booking> findForUpdate(UUID id) {
        return findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE);
    }

    /** Live bookings overlapping [from, to). */
    public List<Booking> listLiveBetween(Instant from, Instant to) {
        return list("status = ?1 and startsAt < ?2 and endsAt > ?3", BookingStatus.BOOKED, to, from);
    }

    /** A shopper's live bookings that have not ended, soonest first. */
    public List<Booking> listUpcomingOfVisitor(String visitorId, Instant now) {
        return list("visitorId = ?1 and status = ?2 and endsAt > ?3 order by startsAt", visitorId, BookingStatus.BOOKED, now);
    }

    /** A staff member's live bookings that have not ended, soonest first. */
    public List<Booking> listUpcomingOfStaff(String username, Instant now) {
        return list("staffUsername = ?1 and status = ?2 and endsAt > ?3 order by startsAt", username, BookingStatus.BOOKED, now);
    }

    static Map<String, Long> countByStaff(List<Booking> bookings) {
        return bookings.stream().collect(Collectors.groupingBy(Booking::getStaffUsername, Collectors.counting()));
    }
}
