package io.tsunagu.matching.booking;

import io.tsunagu.matching.client.StaffMember;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.faulttolerance.Fallback;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Every staff member's shifts from staff-directory (its shift calendar, exceptions applied) for the
 * days ahead. Empty when staff-directory does not answer, so that callers can say so rather than
 * offer no slots as if everyone were off.
 */
@ApplicationScoped
public class StaffCalendars {

    private static final Logger LOG = Logger.getLogger(StaffCalendars.class);
    /** A store whose zone staff-directory does not name is taken as UTC, and logged. */
    private static final ZoneId FALLBACK_ZONE = ZoneOffset.UTC;

    private final StaffCalendarClient client;

    StaffCalendars(@RestClient StaffCalendarClient client) {
        this.client = client;
    }

    /**
     * Shifts that start on a UTC date from yesterday (one may run into today) to {@code days} + 2 days
     * ahead, which covers the horizon in every time zone.
     */
    @Timeout(8000)
    @Fallback(fallbackMethod = "unread")
    public Optional<List<StaffShifts>> read(int days) {
        LocalDate from = LocalDate.now(ZoneOffset.UTC).minusDays(1);
        LocalDate to = from.plusDays(days + 3L);
        Map<String, ZoneId> zones = client.stores().stream()
                .collect(Collectors.toMap(StaffCalendarClient.Store::id, StaffCalendars::zoneOf, (a, b) -> a));
        return Optional.of(client.staff().stream()
                .map(staff -> new StaffShifts(staff.username(), staff.displayName(), staff.storeId(),
                        zones.getOrDefault(staff.storeId(), FALLBACK_ZONE), staff.languages(),
                        staff.expertise().stream().collect(Collectors.toMap(StaffMember.Expertise::tag,
                                StaffMember.Expertise::level, Math::max)),
                        staff.channels(),
                        client.calendar(staff.username(), from, to).stream()
                                .map(shift -> new StaffShifts.Shift(shift.start(), shift.end())).toList()))
                .toList());
    }

    Optional<List<StaffShifts>> unread(int days, Throwable failure) {
        LOG.warnf("staff-directory did not give the staff's shifts: %s", failure.toString());
        return Optional.empty();
    }

    private static ZoneId zoneOf(StaffCalendarClient.Store store) {
        try {
            return ZoneId.of(store.timeZone());
        } catch (DateTimeException | NullPointerException e) {
            LOG.warnf("store %s has no usable time zone (%s); its slots are cut in UTC", store.id(), store.timeZone());
            return FALLBACK_ZONE;
        }
    }
}
