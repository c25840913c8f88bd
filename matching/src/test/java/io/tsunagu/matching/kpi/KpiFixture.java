package io.tsunagu.matching.kpi;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.UUID;

/** Writes requests, offers and consultations straight into matching's tables, as history. */
@ApplicationScoped
public class KpiFixture {

    private final EntityManager entityManager;

    KpiFixture(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Transactional
    public UUID request(String createdAt, String status, String interestsJson) {
        UUID id = UUID.randomUUID();
        entityManager.createNativeQuery("""
                        INSERT INTO consultation_request (id, visitor_id, language, channel, topic, use_behaviour, interests,
                                                          status, created_at, updated_at)
                        VALUES (:id, :visitor, 'ja', 'VIDEO', NULL, true, CAST(:interests AS jsonb), :status, :created, :created)""")
                .setParameter("id", id)
                .setParameter("visitor", "v-" + id.toString().substring(0, 20).replace("-", "0"))
                .setParameter("interests", interestsJson)
                .setParameter("status", status)
                .setParameter("created", Instant.parse(createdAt))
                .executeUpdate();
        return id;
    }

    /** {@code decidedAt} null: still pending. The countdown is 20 s from {@code createdAt}. */
    @Transactional
    public UUID offer(UUID requestId, String staff, String storeId, String status, String createdAt, String decidedAt) {
        UUID id = UUID.randomUUID();
        Instant created = Instant.parse(createdAt);
        entityManager.createNativeQuery("""
                        INSERT INTO offer (id, request_id, staff_username, status, created_at, expires_at, decided_at, reasons, store_id)
                        VALUES (:id, :request, :staff, :status, :created, :expires, CAST(:decided AS timestamptz), '[]'::jsonb,
                                :store)""")
                .setParameter("id", id)
                .setParameter("request", requestId)
                .setParameter("staff", staff)
                .setParameter("status", status)
                .setParameter("created", created)
                .setParameter("expires", created.plusSeconds(20))
                .setParameter("decided", decidedAt)
                .setParameter("store", storeId)
                .executeUpdate();
        return id;
    }

    /** {@code endedAt} null: still running. {@code outcome} null: no outcome noted. */
    @Transactional
    public void consultation(UUID requestId, UUID offerId, String staff, String storeId, String startedAt, String endedAt,
                             String outcome) {
        entityManager.createNativeQuery("""
                        INSERT INTO consultation (id, request_id, offer_id, visitor_id, staff_username, status, started_at,
                                                  ended_at, notes_outcome, store_id)
                        VALUES (:id, :request, :offer, 'v-kpi-fixture-0001', :staff, :status, :started,
                                CAST(:ended AS timestamptz), :outcome, :store)""")
                .setParameter("id", UUID.randomUUID())
                .setParameter("request", requestId)
                .setParameter("offer", offerId)
                .setParameter("staff", staff)
                .setParameter("status", endedAt == null ? "ACTIVE" : "ENDED")
                .setParameter("started", Instant.parse(startedAt))
                .setParameter("ended", endedAt)
                .setParameter("outcome", outcome)
                .setParameter("store", storeId)
                .executeUpdate();
    }
}
