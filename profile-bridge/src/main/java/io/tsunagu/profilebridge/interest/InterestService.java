package io.tsunagu.profilebridge.interest;

import io.tsunagu.profilebridge.consent.ConsentService;
import io.tsunagu.profilebridge.event.BehaviourEventRepository;
import io.tsunagu.profilebridge.event.EventType;
import io.tsunagu.profilebridge.note.ConsultationNote;
import io.tsunagu.profilebridge.note.ConsultationNoteRepository;
import io.tsunagu.profilebridge.person.Identity;
import io.tsunagu.profilebridge.person.IdentityRepository;
import io.tsunagu.profilebridge.person.PersonsChanged;
import io.tsunagu.profilebridge.person.VisitorIds;
import io.tsunagu.profilebridge.taxonomy.ProductTags;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Interests are kept per person and updated as signals arrive (events, notes); a merge, its undo or
 * an erasure rebuilds them from the person's history.
 */
@ApplicationScoped
public class InterestService {

    private final IdentityRepository identities;
    private final BehaviourEventRepository events;
    private final ConsultationNoteRepository notes;
    private final InterestStore store;
    private final ProductTags productTags;
    private final ConsentService consent;
    private final Clock clock;

    InterestService(IdentityRepository identities, BehaviourEventRepository events, ConsultationNoteRepository notes,
                    InterestStore store, ProductTags productTags, ConsentService consent, Clock clock) {
        this.consent = consent;
        this.identities = identities;
        this.events = events;
        this.notes = notes;
        this.store = store;
        this.productTags = productTags;
        this.clock = clock;
    }

    @Transactional
    public InterestsView interestsOf(String visitorId) {
        Identity visitor = identities.requireVisitor(VisitorIds.require(visitorId));
        Map<String, Double> interests = new LinkedHashMap<>();
        // Without the shopper's consent their behaviour is not used for matching.
        if (consent.allowsBehaviour(visitor.personId)) {
            scoresOf(visitor.personId).forEach(s -> interests.put(s.tag(), s.score()));
        }
        return new InterestsView(visitorId, interests);
    }

    /** The person's tag scores, highest first; the caller has checked that the person exists. */
    @Transactional
    public List<TagScore> scoresOf(UUID personId) {
        return store.scores(personId, clock.instant());
    }

    /** The signal an event gives: its product's tags from the taxonomy, else its own. */
    public Signal signalOf(String type, String productId, List<String> tags, Instant occurredAt) {
        return new Signal(productTags.tagsOf(productId, tags), EventType.fromWireName(type).weight(), occurredAt);
    }

    /**
     * The signal a consultation note gives: its tags and the tags of the products shown. A purchase
     * in the consultation counts like a purchase, a clear "not interested" adds nothing.
     */
    public Signal signalOf(ConsultationNote note) {
        java.util.Set<String> tags = new java.util.LinkedHashSet<>(note.tags);
        note.productIds.forEach(p -> tags.addAll(productTags.tagsOf(p, List.of())));
        double weight = switch (note.outcome == null ? "" : note.outcome) {
            case "PURCHASED" -> EventType.PURCHASE.weight();
            case "NOT_INTERESTED" -> 0;
            default -> InterestCalculator.NOTE_WEIGHT;
        };
        return new Signal(List.copyOf(tags), weight, note.createdAt);
    }

    /** Adds new signals of a person to the kept vector; runs in the caller's transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(UUID personId, List<Signal> signals) {
        store.add(personId, signals.stream().filter(s -> !s.tags().isEmpty() && s.weight() > 0).toList(), clock.instant());
    }

    /** Recomputes the person's vector from the history its identities hold now. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void rebuild(UUID personId) {
        Instant now = clock.instant();
        Instant since = store.calculator().horizon(now);
        List<Signal> signals = new ArrayList<>();
        events.since(personId, since).forEach(e -> signals.add(signalOf(e.type, e.productId, e.tags, e.occurredAt)));
        notes.since(personId, since).forEach(n -> signals.add(signalOf(n)));
        store.replace(personId, signals.stream().filter(s -> !s.tags().isEmpty() && s.weight() > 0).toList(), now);
    }

    void onPersonsChanged(@Observes PersonsChanged change) {
        rebuild(change.survivorId());
        rebuild(change.absorbedId());
    }
}
