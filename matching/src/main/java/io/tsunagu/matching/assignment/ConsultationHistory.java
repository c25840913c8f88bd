package io.tsunagu.matching.assignment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

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

    /** Staff user name → consultations they started since {@code since}. */
    Map<String, Long> startedSince(Instant since) {
        List<Object[]> rows = entityManager.createQuery(
                        "select c.staffUsername, count(c) from Consultation c where c.startedAt >= :since"
                                + " group by c.staffUsername", Object[].class)
                .setParameter("since", since)
                .getResultList();
        Map<String, Long> started = new HashMap<>();
        for (Object[] row : rows) {
            started.put((String) row[0], (Long) row[1]);
        }
        return started;
    }
}
