package io.tsunagu.profilebridge.report;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.tsunagu.problem.ProblemException;
import io.tsunagu.profilebridge.access.ReportAccessService;
import io.tsunagu.profilebridge.cdp.ExternalProfiles;
import io.tsunagu.profilebridge.consent.ConsentService;
import io.tsunagu.profilebridge.consent.ConsentView;
import io.tsunagu.profilebridge.event.BehaviourEventRepository;
import io.tsunagu.profilebridge.event.EventType;
import io.tsunagu.profilebridge.interest.InterestService;
import io.tsunagu.profilebridge.note.ConsultationNoteRepository;
import io.tsunagu.profilebridge.note.NoteView;
import io.tsunagu.profilebridge.person.IdentityRepository;
import io.tsunagu.profilebridge.person.Person;
import io.tsunagu.profilebridge.person.VisitorIds;
import io.tsunagu.profilebridge.taxonomy.ProductTags;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import java.time.Clock;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

@ApplicationScoped
public class ReportService {

    static final int TOP_INTERESTS = 10;
    /** The events listed behind each top interest. */
    static final int EVENTS_PER_INTEREST = 3;
    /** How far back those events are looked for: the latest events, a bounded read however long the history. */
    static final int EVIDENCE_EVENTS = 200;
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
    private final ProductTags productTags;
    private final ExternalProfiles external;
    private final ReportAccessService access;
    private final EntityManager entityManager;
    private final Clock clock;

    ReportService(IdentityRepository visitors, InterestService interests, BehaviourEventRepository events,
                  ConsultationNoteRepository notes, ConsentService consent, ProductTags productTags, ExternalProfiles external,
                  ReportAccessService access, EntityManager entityManager, Clock clock) {
        this.access = access;
        this.external = external;
        this.productTags = productTags;
        this.visitors = visitors;
        this.interests = interests;
        this.events = events;
        this.notes = notes;
        this.consent = consent;
        this.entityManager = entityManager;
        this.clock = clock;
    }

    /**
     * The report, its read written to the audit log in the same transaction (one commit), with the
     * shopper's live profile from the CDP when a connector is configured and the shopper consented.
     * The CDP is asked after the database transaction has ended: no transaction waits on it.
     */
    public ReportView reportOf(String visitorId, String reader, Set<String> roles) {
        Gathered gathered = QuarkusTransaction.requiringNew().call(() -> {
            Gathered found = gather(visitorId);
            access.auditRead(visitorId, reader, roles);
            return found;
        });
        if (!external.configured() || !gathered.view().consent().useBehaviour()) {
            return gathered.view();
        }
        return gathered.view().withExternal(external.of(gathered.memberId()));
    }

    /** The report from this part's own tables, and the member id a CDP knows the shopper by. */
    private record Gathered(ReportView view, Optional<String> memberId) {
    }

    private Gathered gather(String visitorId) {
        UUID person = visitors.personOfVisitor(VisitorIds.require(visitorId))
                .orElseThrow(() -> ProblemException.notFound("Shopper", visitorId));
        ConsentView given = consent.of(person);
        List<NoteView> consultations = notes.latest(person, NOTES).stream().map(NoteView::of).toList();
        String language = entityManager.find(Person.class, person).language;
        if (!given.useBehaviour()) {
            // Without consent staff see only what was said in consultations, not what the shopper did.
            return new Gathered(new ReportView(visitorId, List.of(), List.of(), List.of(), new ChannelUse(0, 0, null), NO_HOURS,
                    consultations, consultations, language, given, null), Optional.empty());
        }
        List<BehaviourEventRepository.ActivityBucket> activity = events.activitySince(person, clock.instant().minus(LOOK_BACK));
        List<TopInterest> top = InterestEvidence.of(interests.scoresOf(person).stream().limit(TOP_INTERESTS).toList(),
                events.latest(person, EVIDENCE_EVENTS), productTags::tagsOf, EVENTS_PER_INTEREST);
        // One read serves both lists: the latest of each product type, favourites among them.
        List<BehaviourEventRepository.RecentEvent> products = events.latestOfEachType(person, BehaviourEventRepository.PRODUCT_TYPES,
                Math.max(RECENT_PRODUCTS, FAVOURITES));
        return new Gathered(new ReportView(visitorId, top,
                products.stream().limit(RECENT_PRODUCTS).map(RecentProduct::of).toList(),
                products.stream().filter(e -> EventType.FAVORITE.wireName().equals(e.type())).limit(FAVOURITES)
                        .map(RecentProduct::of).toList(),
                Activities.channels(activity),
                Activities.hourPattern(activity),
                consultations, consultations, language, given, null),
                external.configured() ? visitors.memberIdOf(person) : Optional.empty());
    }
}
