package io.tsunagu.matching.assignment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** What this part's own consultations say about shoppers and staff, for continuity, affinity and fair load. */
@ApplicationScoped
class ConsultationHistory {

    private final EntityManager entityManager;

    ConsultationHistory(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** Visitor id → the staff member of their latest consultation; only for the visitors given. */
    Map<String, String> lastStaffOf(Collection<String> visitorIds) {
        if (visitorIds.isEmpty()) {
            return Map.of();
        }
        List<Object[]> rows = entityManager.createQuery(
                        "select c.visitorId, c.staffUsername from Consultation c where c.visitorId in :visitors"
                                + " order by c.startedAt desc", Object[].class)
                .setParameter("visitors", visitorIds)
                .getResultList();
        Map<String, String> last = new HashMap<>();
        for (Object[] row : rows) {
            last.putIfAbsent((String) row[0], (String) row[1]);
        }
        return last;
    }

    /**
     * Staff user name → the share of the window {@code since} … {@code now} they spent in consultations, in percent.
     * Time, not a count: with exponential handle times a count leaves the spread of long calls unbalanced.
     */
    Map<String, Integer> busySharePercent(Instant since, Instant now) {
        List<Object[]> rows = entityManager.createQuery(
                        "select c.staffUsername, c.startedAt, c.endedAt from Consultation c"
                                + " where c.startedAt < :now and (c.endedAt is null or c.endedAt > :since)", Object[].class)
                .setParameter("since", since)
                .setParameter("now", now)
                .getResultList();
        Map<String, Long> busySeconds = new HashMap<>();
        for (Object[] row : rows) {
            Instant start = max((Instant) row[1], since);
            Instant end = row[2] == null ? now : min((Instant) row[2], now);
            busySeconds.merge((String) row[0], Math.max(0, Duration.between(start, end).toSeconds()), Long::sum);
        }
        long window = Math.max(1, Duration.between(since, now).toSeconds());
        Map<String, Integer> share = new HashMap<>();
        busySeconds.forEach((staff, seconds) -> share.put(staff, (int) Math.round(100.0 * seconds / window)));
        return share;
    }

    private static Instant max(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }
}
