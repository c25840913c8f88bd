package io.tsunagu.profilebridge.webhook;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.scheduler.Scheduled;
import io.tsunagu.profilebridge.config.ProfileConfig;
import io.tsunagu.profilebridge.note.NoteView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/**
 * The outbound webhook for finished consultations, through the {@link Outbox}: the delivery is
 * written in the note's transaction and sent by a job, signed, retried with back-off.
 */
@ApplicationScoped
public class WebhookService {

    private static final Duration SEND_TIMEOUT = Duration.ofSeconds(5);

    private final ProfileConfig.Webhook config;
    private final Outbox outbox;
    private final ObjectMapper json;
    private final Clock clock;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(SEND_TIMEOUT).build();

    WebhookService(ProfileConfig config, Outbox outbox, ObjectMapper json, Clock clock) {
        this.config = config.webhook();
        this.outbox = outbox;
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
        outbox.queue(Outbox.Target.WEBHOOK, id, visitorId, payload);
    }

    @Scheduled(every = "${tsunagu.profile.webhook.every:5s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void run() {
        if (config.url().isPresent()) {
            deliverDue(clock.instant());
        }
    }

    /** Sends the deliveries due at {@code now}; returns how many the receiver accepted. */
    public int deliverDue(Instant now) {
        return outbox.deliverDue(Outbox.Target.WEBHOOK, now, (id, payload) -> send(id, payload, now));
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
}
