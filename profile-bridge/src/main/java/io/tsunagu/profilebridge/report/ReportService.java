package io.tsunagu.profilebridge.report;

import io.tsunagu.profilebridge.consent.ConsentService;
import io.tsunagu.profilebridge.consent.ConsentView;
import io.tsunagu.profilebridge.event.BehaviourEventRepository;
import io.tsunagu.profilebridge.interest.InterestService;
import io.tsunagu.profilebridge.note.ConsultationNoteRepository;
import io.tsunagu.profilebridge.note.NoteView;
import io.tsunagu.profilebridge.person.Identity;
import io.tsunagu.profilebridge.person.IdentityRepository;
import io.tsunagu.profilebridge.person.Person;
import io.tsunagu.profilebridge.person.VisitorIds;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class ReportService {

    static final int TOP_INTERESTS = 10;
    static final int RECENT_PRODUCTS = 10;
    static final int FAVOURITES = 10;
    /** Enough history for a conversation; older notes stay stored and count in the interests. */
    static final int NOTES = 20;
    /** Channel use and the hour pattern look back this far: the shopper of now, not of years ago. */
    static final Duration LOOK_BACK = Duration.ofDays(90);
    private static final List<Integer> NO_HOURS = Collections.nCopies(24, 0);

    private final IdentityRepository visitors;
    private final InterestService interests;
    private final BehaviourEventRepository events;
    private final ConsultationNoteRepository notes;
    private final ConsentService consent;
    private final EntityManager entityManager;
    private final Clock clock;

    ReportService(IdentityRepository visitors, InterestService interests, BehaviourEventRepository events,
                  ConsultationNoteRepository notes, ConsentService consent, EntityManager entityManager, Clock clock) {
        this.visitors = visitors;
        this.interests = interests;
        this.events = events;
        this.notes = notes;
        this.consent = consent;
        this.entityManager = entityManager;
        this.clock = clock;
    }

    /** The visitor's person, or 404; checked before access is decided on. */
    @Transactional
    public UUID personOf(String visitorId) {
        return visitors.requireVisitor(VisitorIds.require(visitorId)).personId;
    }

    @Transactional
    public ReportView reportOf(String visitorId) {
        Identity visitor = visitors.requireVisitor(VisitorIds.require(visitorId));
        UUID person = visitor.personId;
        ConsentView given = consent.of(person);
        List<NoteView> consultations = notes.latest(person, NOTES).stream().map(NoteView::of).toList();
        String language = entityManager.find(Person.class, person).language;
        if (!given.useBehaviour()) {
            // Without consent staff see only what was said in consultations, not what the shopper did.
            return new ReportView(visitorId, List.of(), List.of(), List.of(), new ChannelUse(0, 0, null), NO_HOURS,
                    consultations, consultations, language, given);
        }
        List<BehaviourEventRepository.Activity> activity = events.activitySince(person, clock.instant().minus(LOOK_BACK));
        return new ReportView(visitorId,
                interests.scoresOf(person).stream().limit(TOP_INTERESTS).toList(),
                events.recentProducts(person, RECENT_PRODUCTS).stream().map(RecentProduct::of).toList(),
                events.recentOfType(person, "favorite", FAVOURITES).stream().map(RecentProduct::of).toList(),
                Activities.channels(activity),
                Activities.hourPattern(activity),
                consultations, consultations, language, given);
    }
}
