package io.tsunagu.staffdirectory.audit;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * Writes and reads the audit log. A write is recorded in the transaction of the change it
 * describes, so the log never names a change that was rolled back, nor misses one that was kept.
 */
@ApplicationScoped
public class AuditLog {

    /** The actor of changes no person made, such as presence going AWAY when the console is gone. */
    public static final String SYSTEM = "system";
    private static final String GLOBAL_ENTITY = "taxonomy";

    private final EntityManager entityManager;
    private final SecurityIdentity identity;
    private final Clock clock;

    public AuditLog(EntityManager entityManager, SecurityIdentity identity, Clock clock) {
        this.entityManager = entityManager;
        this.identity = identity;
        this.clock = clock;
    }

    /** Records a change by the caller of the current request. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(String action, String entity, String entityId, String storeId, String detail) {
        record(caller(), action, entity, entityId, storeId, detail);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(String actor, String action, String entity, String entityId, String storeId, String detail) {
        entityManager.createNativeQuery("insert into {h-schema}audit_log (at, actor, action, entity, entity_id, store_id, detail) "
                        + "values (?1, ?2, ?3, ?4, ?5, ?6, ?7)")
                .setParameter(1, clock.instant().truncatedTo(ChronoUnit.MICROS))
                .setParameter(2, actor).setParameter(3, action).setParameter(4, entity)
                .setParameter(5, entityId).setParameter(6, storeId)
                .setParameter(7, detail == null ? "" : detail)
                .executeUpdate();
    }

    /**
     * The newest entries first; {@code storeIds} null means every entry (an admin), otherwise the
     * entries of those stores and of the taxonomy, which every manager edits.
     */
    @Transactional
    @SuppressWarnings("unchecked")
    public List<AuditEntry> newest(int limit, List<String> storeIds) {
        String where = storeIds == null ? "" : "where store_id in (:stores) or entity = :global ";
        var query = entityManager.createNativeQuery("select at, actor, action, entity, entity_id, store_id, detail "
                        + "from {h-schema}audit_log " + where + "order by at desc, id desc limit :limit")
                .setParameter("limit", limit);
        if (storeIds != null) {
            // "in ()" is not SQL: a manager without stores still gets the taxonomy's entries.
            query.setParameter("stores", storeIds.isEmpty() ? List.of("") : storeIds).setParameter("global", GLOBAL_ENTITY);
        }
        List<Object[]> rows = query.getResultList();
        return rows.stream().map(row -> new AuditEntry(toInstant(row[0]), (String) row[1], (String) row[2], (String) row[3],
                (String) row[4], (String) row[5], (String) row[6])).toList();
    }

    private String caller() {
        return identity.isAnonymous() ? SYSTEM : identity.getPrincipal().getName();
    }

    private static Instant toInstant(Object value) {
        if (value instanceof Instant instant) {
            return instant;
        }
        if (value instanceof OffsetDateTime odt) {
            return odt.toInstant();
        }
        return ((Timestamp) value).toInstant();
    }
}
