package io.tsunagu.profilebridge.cdp;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.scheduler.Scheduled;
import io.tsunagu.profilebridge.note.NoteView;
import io.tsunagu.profilebridge.webhook.Outbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * Pushes finished consultations to the configured CDP, on the member's timeline, through the same
 * outbox and back-off as the webhook: a CDP that is down delays a note, never loses it.
 */
@ApplicationScoped
public class CdpPushService {

    /** What the outbox keeps for one push: whose timeline, and what. */
    record Push(String memberId, CdpConsultation consultation) {
    }

    private final Optional<CdpConnector> connector;
    private final Outbox outbox;
    private final ObjectMapper json;
    private final Clock clock;

    CdpPushService(ConfiguredConnector connector, Outbox outbox, ObjectMapper json, Clock clock) {
        this.connector = connector.get();
        this.outbox = outbox;
        this.json = json;
        this.clock = clock;
    }

    /**
     * Queues the push when a connector is configured and the shopper has a member id (the CDP knows
     * members, not the widget's visitors); runs in the note's transaction.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void consultationFinished(String visitorId, Optional<String> memberId, NoteView note) {
        if (connector.isEmpty() || memberId.isEmpty()) {
            return;
        }
        CdpConsultation consultation = new CdpConsultation(note.consultationId(), note.staffUsername(), note.tags(),
                note.productIds(), note.outcome(), note.followUpOn(), note.at());
        try {
            outbox.queue(Outbox.Target.CDP, UUID.randomUUID(), visitorId, json.writeValueAsString(new Push(memberId.get(), consultation)));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a note always serialises", e);
        }
    }

    @Scheduled(every = "${tsunagu.profile.cdp.every:5s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void run() {
        if (connector.isPresent()) {
            deliverDue(clock.instant());
        }
    }

    /** Pushes the consultations due at {@code now}; returns how many the CDP accepted. */
    public int deliverDue(Instant now) {
        CdpConnector cdp = connector.orElseThrow(() -> new IllegalStateException("no CDP connector is configured"));
        return outbox.deliverDue(Outbox.Target.CDP, now, (id, payload) -> {
            try {
                Push push = json.readValue(payload, Push.class);
                cdp.pushConsultation(push.memberId(), push.consultation());
                return null;
            } catch (JsonProcessingException e) {
                return "unreadable delivery: " + e.getOriginalMessage();
            } catch (CdpUnavailableException e) {
                return e.getMessage();
            }
        });
    }
}
