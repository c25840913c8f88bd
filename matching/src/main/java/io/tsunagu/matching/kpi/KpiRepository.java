package io.tsunagu.matching.kpi;

import io.tsunagu.matching.offer.OfferStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;

/** Reads the rows of one KPI window; plain SQL, since it spans requests, offers and consultations. */
@ApplicationScoped
class KpiRepository {

    private final EntityManager entityManager;

    KpiRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Transactional
    KpiRows load(KpiQuery query) {
        return new KpiRows(queueLength(), requests(query), offers(query), consultations(query));
    }

    private int queueLength() {
        Number count = (Number) entityManager.createNativeQuery(
                "SELECT count(*) FROM consultation_request WHERE status IN ('WAITING', 'OFFERED')").getSingleResult();
        return count.intValue();
    }

    @SuppressWarnings("unchecked")
    private List<KpiRows.RequestRow> requests(KpiQuery query) {
        Query sql = entityManager.createNativeQuery("""
                SELECT r.created_at, r.status = 'CANCELLED', accepted.decided_at,
                       COALESCE(accepted.store_id, latest.store_id),
                       (SELECT interest.key FROM jsonb_each_text(r.interests) interest
                        ORDER BY interest.value::float8 DESC, interest.key LIMIT 1)
                FROM consultation_request r
                LEFT JOIN offer accepted ON accepted.request_id = r.id AND accepted.status = 'ACCEPTED'
                LEFT JOIN LATERAL (SELECT o.store_id FROM offer o WHERE o.request_id = r.id
                                   ORDER BY o.created_at DESC LIMIT 1) latest ON true
                WHERE r.created_at >= :from AND r.created_at < :to
                  AND (CAST(:stores AS text) IS NULL OR COALESCE(accepted.store_id, latest.store_id) = ANY(CAST(:stores AS text[])))
                ORDER BY r.created_at""");
        bind(sql, query);
        return ((List<Object[]>) sql.getResultList()).stream()
                .map(row -> new KpiRows.RequestRow(instant(row[0]), (Boolean) row[1], instant(row[2]), (String) row[3], (String) row[4]))
                .toList();
    }

    @SuppressWarnings("unchecked")
    private List<KpiRows.OfferRow> offers(KpiQuery query) {
        Query sql = entityManager.createNativeQuery("""
                SELECT status FROM offer
                WHERE created_at >= :from AND created_at < :to
                  AND (CAST(:stores AS text) IS NULL OR store_id = ANY(CAST(:stores AS text[])))""");
        bind(sql, query);
        return ((List<String>) sql.getResultList()).stream().map(status -> new KpiRows.OfferRow(OfferStatus.valueOf(status))).toList();
    }

    @SuppressWarnings("unchecked")
    private List<KpiRows.ConsultationRow> consultations(KpiQuery query) {
        Query sql = entityManager.createNativeQuery("""
                SELECT staff_username, started_at, ended_at, notes_outcome FROM consultation
                WHERE started_at < :to AND (ended_at IS NULL OR ended_at > :from)
                  AND (CAST(:stores AS text) IS NULL OR store_id = ANY(CAST(:stores AS text[])))""");
        bind(sql, query);
        return ((List<Object[]>) sql.getResultList()).stream()
                .map(row -> new KpiRows.ConsultationRow((String) row[0], instant(row[1]), instant(row[2]), (String) row[3]))
                .toList();
    }

    private static void bind(Query sql, KpiQuery query) {
        // A PostgreSQL array literal: store ids are [a-z0-9-] only (checked), so nothing needs quoting.
        String stores = query.storeIds() == null ? null : "{" + String.join(",", query.storeIds()) + "}";
        sql.setParameter("from", query.from()).setParameter("to", query.to()).setParameter("stores", stores);
    }

    private static Instant instant(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Instant instant) {
            return instant;
        }
        if (value instanceof OffsetDateTime offset) {
            return offset.toInstant();
        }
        return ((Timestamp) value).toInstant();
    }
}
