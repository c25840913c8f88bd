package io.tsunagu.profilebridge.event;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.tsunagu.profilebridge.interest.InterestService;
import io.tsunagu.profilebridge.person.IdentityKind;
import io.tsunagu.profilebridge.person.IdentityRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

@ApplicationScoped
public class EventService {

    private final BehaviourEventRepository events;
    private final IdentityRepository identities;
    private final InterestService interests;
    private final Clock clock;
    private final Counter accepted;
    private final Counter duplicates;
    private final Counter rejected;

    EventService(BehaviourEventRepository events, IdentityRepository identities, InterestService interests, Clock clock,
                 MeterRegistry registry) {
        this.events = events;
        this.identities = identities;
        this.interests = interests;
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
    public IngestResult ingest(String visitorId, EventBatchReader.ReadBatch<EventInput> batch) {
        rejected.increment(batch.rejected());
        Map<Identified, List<EventRow>> byIdentity = new LinkedHashMap<>();
        if (!batch.valid().isEmpty()) {
            byIdentity.put(new Identified(IdentityKind.VISITOR, visitorId),
                    batch.valid().stream().map(e -> EventRow.online(visitorId, e)).toList());
        }
        return store(byIdentity);
    }

    /** Stores the store systems' events, each for the member, card or visitor it names. */
    @Transactional
    public IngestResult ingestOffline(EventBatchReader.ReadBatch<OfflineEventInput> batch) {
        rejected.increment(batch.rejected());
        Map<Identified, List<EventRow>> byIdentity = new LinkedHashMap<>();
        for (OfflineEventInput event : batch.valid()) {
            Identified who = new Identified(event.identityKind(), event.identityId());
            byIdentity.computeIfAbsent(who, w -> new ArrayList<>()).add(new EventRow(UUID.fromString(event.id()),
                    who.kind().key(who.id()), event.type(), event.productId(), event.tags(), event.storeId(), event.amount(),
                    event.receiptId(), event.occurredAt()));
        }
        return store(byIdentity);
    }

    /** Stores already-checked events of several identities (the POS import); runs in the caller's transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public IngestResult store(Map<Identified, List<EventRow>> byIdentity) {
        Instant now = clock.instant();
        int inserted = 0;
        int repeated = 0;
        for (Map.Entry<Identified, List<EventRow>> entry : byIdentity.entrySet()) {
            Identified who = entry.getKey();
            // A ticket may come from another issuer that shares the secret, a card may be new: know the identity either way.
            UUID person = identities.personOf(who.kind(), who.id(), now);
            List<EventRow> stored = events.insertNew(entry.getValue(), now);
            // Only new events move the interests: a re-sent event must not count twice.
            interests.record(person,
                    stored.stream().map(e -> interests.signalOf(e.type(), e.productId(), e.tags(), e.occurredAt())).toList());
            inserted += stored.size();
            repeated += entry.getValue().size() - stored.size();
        }
        accepted.increment(inserted);
        duplicates.increment(repeated);
        return new IngestResult(inserted, repeated);
    }

    /** An identity as events name it. */
    public record Identified(IdentityKind kind, String id) {
    }
}
