package io.tsunagu.profilebridge.webhook;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import io.tsunagu.profilebridge.config.ProfileConfig;
import io.tsunagu.profilebridge.note.NoteView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

/**
 * The outbound webhook for finished consultations, through an outbox: the delivery is written in the
 * note's transaction and sent by a job, so a receiver that is down delays it but never loses it.
 * Failures wait first-retry × 2^(attempts − 1) before the next try, up to max-attempts.
 */
@ApplicationScoped
public class WebhookService {

    private static final Logger LOG = Logger.getLogger(WebhookService.class);
    private static final Duration SEND_TIMEOUT = Duration.ofSeconds(5);
    /** Deliveries sent per run; the rest wait for the next one. */
    private static final int PER_RUN = 50;

    private final ProfileConfig.Webhook config;
    private final EntityManager entityManager;
    private final ObjectMapper json;
    private final Clock clock;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(SEND_TIMEOUT).build();

    WebhookService(ProfileConfig config, EntityManager entityManager, ObjectMapper json, Clock clock) {
        this.config = config.webhook();
        this.entityManager = entityManager;
        this.json = json;
        this.clock = clock;
    }

    /** Queues the delivery when a webhook is configured; runs in the note's transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void consultationFinished(String visitorId, NoteView note) {
        if (config.url().isEmpty()) {
            return;
        }
        UUID id = UUID.randomUUID();
        String payload;
        try {
            payload = json.writeValueAsString(new ConsultationFinished(ConsultationFinished.TYPE, id, note.consultationId(), visitorId,
                    note.staffUsername(), note.tags(), note.productIds(), note.outcome(), note.followUpOn(), note.at()));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a note always serialises", e);
        }
        entityManager.createNativeQuery("""
                        INSERT INTO webhook_delivery (id, visitor_id, payload, next_attempt_at) VALUES (:id, :visitor, :payload, :now)""")
                .setParameter("id", id).setParameter("visitor", visitorId).setParameter("payload", payload)
                .setParameter("now", clock.instant().atOffset(ZoneOffset.UTC)).executeUpdate();
    }

    @Scheduled(every = "${tsunagu.profile.webhook.every:5s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void run() {
        if (config.url().isPresent()) {
            deliverDue(clock.instant());
        }
    }

    /** Sends the deliveries due at {@code now}; returns how many the receiver accepted. */
    public int deliverDue(Instant now) {
        int delivered = 0;
        for (Object[] due : due(now)) {
            UUID id = (UUID) due[0];
            String payload = (String) due[1];
            int attempt = ((Number) due[2]).intValue() + 1;
            String error = send(id, payload, now);
            record(id, attempt, error, now);
            if (error == null) {
                delivered++;
            }
        }
        return delivered;
    }

    /** Each step in its own transaction: no transaction stays open while a receiver is called. */
    @SuppressWarnings("unchecked")
    private List<Object[]> due(Instant now) {
        return QuarkusTransaction.requiringNew().call(() -> entityManager.createNativeQuery("""
                        SELECT id, payload, attempts FROM webhook_delivery
                        WHERE delivered_at IS NULL AND failed_at IS NULL AND next_attempt_at <= :now
                        ORDER BY next_attempt_at LIMIT :limit""")
                .setParameter("now", now.atOffset(ZoneOffset.UTC)).setParameter("limit", PER_RUN).getResultList());
    }

    /** POSTs one delivery; the error, or null when the receiver answered 2xx. */
    private String send(UUID id, String payload, Instant now) {
        long timestamp = now.getEpochSecond();
        HttpRequest request = HttpRequest.newBuilder(config.url().orElseThrow())
                .timeout(SEND_TIMEOUT)
                .header("Content-Type", "application/json")
                .header(WebhookSigner.DELIVERY_HEADER, id.toString())
                .header(WebhookSigner.TIMESTAMP_HEADER, Long.toString(timestamp))
                .header(WebhookSigner.SIGNATURE_HEADER, WebhookSigner.sign(config.secret(), timestamp, payload))
                .POST(HttpRequest.BodyPublishers.ofString(payload))
                .build();
        try {
            int status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
            return status / 100 == 2 ? null : "HTTP " + status;
        } catch (java.io.IOException e) {
            return e.toString();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted";
        }
    }

    private void record(UUID id, int attempt, String error, Instant now) {
        QuarkusTransaction.requiringNew().run(() -> store(id, attempt, error, now));
    }

    private void store(UUID id, int attempt, String error, Instant now) {
        if (error == null) {
            entityManager.createNativeQuery("UPDATE webhook_delivery SET attempts = :attempt, delivered_at = :now, last_error = NULL WHERE id = :id")
                    .setParameter("attempt", attempt).setParameter("now", now.atOffset(ZoneOffset.UTC)).setParameter("id", id).executeUpdate();
            return;
        }
        boolean givenUp = attempt >= config.maxAttempts();
        Instant next = now.plus(config.firstRetry().multipliedBy(1L << Math.min(attempt - 1, 20)));
        entityManager.createNativeQuery("""
                        UPDATE webhook_delivery SET attempts = :attempt, last_error = :error, next_attempt_at = :next,
                               failed_at = CASE WHEN :givenUp THEN cast(:now AS timestamptz) END
                        WHERE id = :id""")
                .setParameter("attempt", attempt).setParameter("error", error)
                .setParameter("next", next.atOffset(ZoneOffset.UTC)).setParameter("givenUp", givenUp)
                .setParameter("now", now.atOffset(ZoneOffset.UTC)).setParameter("id", id).executeUpdate();
        if (givenUp) {
            LOG.errorf("webhook delivery %s given up after %d attempts: %s", id, attempt, error);
        } else {
            LOG.warnf("webhook delivery %s failed (attempt %d, next at %s): %s", id, attempt, next, error);
        }
    }
}
