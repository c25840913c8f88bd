package io.tsunagu.matching.request;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** Staff who declined a request or let its offer expire; a plain link table, so plain SQL. */
@ApplicationScoped
public class DeclinedStaffRepository {

    private final EntityManager entityManager;

    DeclinedStaffRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    public void add(UUID requestId, String staffUsername, Instant at) {
        entityManager.createNativeQuery("""
                        INSERT INTO request_declined_staff (request_id, staff_username, declined_at)
                        VALUES (:request, :staff, :at) ON CONFLICT DO NOTHING""")
                .setParameter("request", requestId)
                .setParameter("staff", staffUsername)
                .setParameter("at", at)
                .executeUpdate();
    }

    /** Request id → the staff it must not be offered to; requests nobody declined are absent. */
    public Map<UUID, Set<String>> forRequests(Collection<UUID> requestIds) {
        Map<UUID, Set<String>> declined = new HashMap<>();
        if (requestIds.isEmpty()) {
            return declined;
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("""
                        SELECT request_id, staff_username FROM request_declined_staff
                        WHERE request_id IN (:requests)""")
                .setParameter("requests", requestIds)
                .getResultList();
        for (Object[] row : rows) {
            declined.computeIfAbsent((UUID) row[0], id -> new HashSet<>()).add((String) row[1]);
        }
        return declined;
    }

    public boolean declined(UUID requestId, String staffUsername) {
        return forRequests(List.of(requestId)).getOrDefault(requestId, Set.of()).contains(staffUsername);
    }
}
