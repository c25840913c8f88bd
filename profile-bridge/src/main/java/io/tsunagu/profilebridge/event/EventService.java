package io.tsunagu.profilebridge.event;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.tsunagu.profilebridge.visitor.VisitorRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;

@ApplicationScoped
public class EventService {

    private final BehaviourEventRepository events;
    private final VisitorRepository visitors;
    private final Clock clock;
    private final Counter accepted;
    private final Counter duplicates;

    EventService(BehaviourEventRepository events, VisitorRepository visitors, Clock clock, MeterRegistry registry) {
        this.events = events;
        this.visitors = visitors;
        this.clock = clock;
        this.accepted = eventCounter("accepted", registry);
        this.duplicates = eventCounter("duplicate", registry);
    }

    private static Counter eventCounter(String outcome, MeterRegistry registry) {
        return Counter.builder("tsunagu.profile.events").description("Behaviour events received, new or already stored")
                .tag("outcome", outcome).register(registry);
    }

    /** Stores a validated batch for the visitor; events already received (same id) are counted, not stored again. */
    @Transactional
    public IngestResult ingest(String visitorId, EventBatch batch) {
        Instant now = clock.instant();
        // A ticket may come from another issuer that shares the secret: know the visitor either way.
        visitors.ensure(visitorId, now);
        int inserted = events.insertNew(visitorId, batch.events(), now);
        int repeated = batch.events().size() - inserted;
        accepted.increment(inserted);
        duplicates.increment(repeated);
        return new IngestResult(inserted, repeated);
    }
}
