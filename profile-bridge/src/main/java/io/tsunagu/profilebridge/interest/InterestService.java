package io.tsunagu.profilebridge.interest;

import io.tsunagu.profilebridge.config.ProfileConfig;
import io.tsunagu.profilebridge.event.BehaviourEventRepository;
import io.tsunagu.profilebridge.event.EventType;
import io.tsunagu.profilebridge.note.ConsultationNoteRepository;
import io.tsunagu.profilebridge.visitor.Visitor;
import io.tsunagu.profilebridge.visitor.VisitorIds;
import io.tsunagu.profilebridge.visitor.VisitorRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Computes interests on read from the person's events and notes (a kept, updated vector is a later step). */
@ApplicationScoped
public class InterestService {

    private final VisitorRepository visitors;
    private final BehaviourEventRepository events;
    private final ConsultationNoteRepository notes;
    private final InterestCalculator calculator;
    private final Clock clock;

    InterestService(VisitorRepository visitors, BehaviourEventRepository events, ConsultationNoteRepository notes,
                    ProfileConfig config, Clock clock) {
        this.visitors = visitors;
        this.events = events;
        this.notes = notes;
        this.calculator = new InterestCalculator(config.interestHalfLife());
        this.clock = clock;
    }

    @Transactional
    public InterestsView interestsOf(String visitorId) {
        Visitor visitor = visitors.require(VisitorIds.require(visitorId));
        Map<String, Double> interests = new LinkedHashMap<>();
        scoresOf(visitor.personId).forEach(s -> interests.put(s.tag(), s.score()));
        return new InterestsView(visitorId, interests);
    }

    /** The person's tag scores, highest first; the caller has checked that the person exists. */
    @Transactional
    public List<TagScore> scoresOf(UUID personId) {
        Instant now = clock.instant();
        Instant since = calculator.horizon(now);
        List<Signal> signals = new ArrayList<>();
        events.taggedSince(personId, since).forEach(e ->
                signals.add(new Signal(e.tags, EventType.fromWireName(e.type).weight(), e.occurredAt)));
        notes.taggedSince(personId, since).forEach(n ->
                signals.add(new Signal(n.tags, InterestCalculator.NOTE_WEIGHT, n.createdAt)));
        return calculator.scores(signals, now);
    }
}
