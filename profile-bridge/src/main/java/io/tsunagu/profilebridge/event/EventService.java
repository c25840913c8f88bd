package io.tsunagu.profilebridge.event;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.tsunagu.profilebridge.visitor.VisitorRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

@ApplicationScoped
public class EventService {

    private final BehaviourEventRepository events;
    private final VisitorRepository visitors;
    private final Clock clock;
    private final Counter accepted;
    private final Counter duplicates;
    private final Counter rejected;

    EventService(BehaviourEventRepository events, VisitorRepository visitors, Clock clock, MeterRegistry registry) {
        this.events = events;
        this.visitors = visitors;
        this.clock = clock;
        this.accepted = eventCounter("accepted", registry);
        this.duplicates = eventCounter("duplicate", registry);
        this.rejected = eventCounter("rejected", registry);
    }

    private static Counter eventCounter(String outcome, MeterRegistry registry) {
        return Counter.builder("tsunagu.profile.events").description("Behaviour events received: new, already stored, or rejected as invalid")
                .tag("outcome", outcome).register(registry);
    }

    /**
     * Stores a batch's valid events for the visitor and counts its rejected ones; events already
     * received (same id) are counted, not stored again.
     */
    @Transactional
    public IngestResult ingest(String visitorId, EventBatchReader.ReadBatch batch) {
        rejected.increment(batch.rejected());
        List<EventInput> valid = batch.valid();
        if (valid.isEmpty()) {
            return new IngestResult(0, 0);
        }
        Instant now = clock.instant();
        // A ticket may come from another issuer that shares the secret: know the visitor either way.
        visitors.ensure(visitorId, now);
        int inserted = events.insertNew(visitorId, valid, now);
        int repeated = valid.size() - inserted;
        accepted.increment(inserted);
        duplicates.increment(repeated);
        return new IngestResult(inserted, repeated);
    }
}
