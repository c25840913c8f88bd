package io.tsunagu.profilebridge.webhook;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.tsunagu.profilebridge.config.ProfileConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import java.util.function.BiFunction;

/**
 * Deliveries of finished consultations to the outside (table webhook_delivery): written in the
 * note's transaction, sent later by a job, so a receiver that is down delays a delivery but never
 * loses it. Failures wait first-retry × 2^(attempts − 1) before the next try, up to max-attempts.
 */
@ApplicationScoped
public class Outbox {

    /** Who a delivery goes to; each has its own job. */
    public enum Target {
        WEBHOOK, CDP;

        String column() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    private static final Logger LOG = Logger.getLogger(Outbox.class);
    /** Deliveries sent per run; the rest wait for the next one. */
    private static final int PER_RUN = 50;

    private final ProfileConfig.Webhook retries;
    private final EntityManager entityManager;
    private final Clock clock;

    Outbox(ProfileConfig config, EntityManager entityManager, Clock clock) {
        this.retries = config.webhook();
        this.entityManager = entityManager;
        this.clock = clock;
    }

    /** Queues a delivery, due now; runs in the note's transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void queue(Target target, UUID id, String visitorId, String payload) {
        entityManager.createNativeQuery("""
                        INSERT INTO webhook_delivery (id, target, visitor_id, payload, next_attempt_at)
                        VALUES (:id, :target, :visitor, :payload, :now)""")
                .setParameter("id", id).setParameter("target", target.column()).setParameter("visitor", visitorId)
                .setParameter("payload", payload).setParameter("now", clock.instant().atOffset(ZoneOffset.UTC)).executeUpdate();
    }

    /**
     * Sends the target's deliveries due at {@code now} through {@code send} (id, payload → the error,
     * or null on success) and records each outcome; returns how many succeeded. Each step runs in its
     * own transaction: no transaction stays open while a receiver is called.
     */
    public int deliverDue(Target target, Instant now, BiFunction<UUID, String, String> send) {
        int delivered = 0;
        for (Object[] due : due(target, now)) {
            UUID id = (UUID) due[0];
            int attempt = ((Number) due[2]).intValue() + 1;
            String error = send.apply(id, (String) due[1]);
            QuarkusTransaction.requiringNew().run(() -> record(target, id, attempt, error, now));
            if (error == null) {
                delivered++;
            }
        }
        return delivered;
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> due(Target target, Instant now) {
        return QuarkusTransaction.requiringNew().call(() -> entityManager.createNativeQuery("""
                        SELECT id, payload, attempts FROM webhook_delivery
                        WHERE target = :target AND delivered_at IS NULL AND failed_at IS NULL AND next_attempt_at <= :now
                        ORDER BY next_attempt_at LIMIT :limit""")
                .setParameter("target", target.column())
                .setParameter("now", now.atOffset(ZoneOffset.UTC)).setParameter("limit", PER_RUN).getResultList());
    }

    private void record(Target target, UUID id, int attempt, String error, Instant now) {
        if (error == null) {
            entityManager.createNativeQuery("UPDATE webhook_delivery SET attempts = :attempt, delivered_at = :now, last_error = NULL WHERE id = :id")
                    .setParameter("attempt", attempt).setParameter("now", now.atOffset(ZoneOffset.UTC)).setParameter("id", id).executeUpdate();
            return;
        }
        boolean givenUp = attempt >= retries.maxAttempts();
        Instant next = now.plus(retries.firstRetry().multipliedBy(1L << Math.min(attempt - 1, 20)));
        entityManager.createNativeQuery("""
                        UPDATE webhook_delivery SET attempts = :attempt, last_error = :error, next_attempt_at = :next,
                               failed_at = CASE WHEN :givenUp THEN cast(:now AS timestamptz) END
                        WHERE id = :id""")
                .setParameter("attempt", attempt).setParameter("error", error)
                .setParameter("next", next.atOffset(ZoneOffset.UTC)).setParameter("givenUp", givenUp)
                .setParameter("now", now.atOffset(ZoneOffset.UTC)).setParameter("id", id).executeUpdate();
        if (givenUp) {
            LOG.errorf("%s delivery %s given up after %d attempts: %s", target.column(), id, attempt, error);
        } else {
            LOG.warnf("%s delivery %s failed (attempt %d, next at %s): %s", target.column(), id, attempt, next, error);
        }
    }
}
