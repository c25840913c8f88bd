package io.tsunagu.profilebridge.report;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.tsunagu.problem.ProblemException;
import io.tsunagu.profilebridge.cdp.ExternalProfiles;
import io.tsunagu.profilebridge.event.BehaviourEventRepository;
import io.tsunagu.profilebridge.event.EventType;
import io.tsunagu.profilebridge.interest.InterestCalculator;
import io.tsunagu.profilebridge.interest.InterestStore;
import io.tsunagu.profilebridge.note.NoteView;
import io.tsunagu.profilebridge.person.IdentityRepository;
import io.tsunagu.profilebridge.person.VisitorIds;
import io.tsunagu.profilebridge.taxonomy.ProductTags;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;

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
    /** One read serves both product lists: the latest of each product type, favourites among them. */
    private static final ReportQuery.Limits LIMITS = new ReportQuery.Limits(NOTES, EVIDENCE_EVENTS,
            Math.max(RECENT_PRODUCTS, FAVOURITES), BehaviourEventRepository.PRODUCT_TYPES);
    private static final List<Integer> NO_HOURS = Collections.nCopies(24, 0);

    private final ReportQuery query;
    private final IdentityRepository identities;
    private final InterestCalculator calculator;
    private final ProductTags productTags;
    private final ExternalProfiles external;
    private final Clock clock;

    ReportService(ReportQuery query, IdentityRepository identities, InterestStore interests, ProductTags productTags,
                  ExternalProfiles external, Clock clock) {
        this.query = query;
        this.identities = identities;
        this.calculator = interests.calculator();
        this.productTags = productTags;
        this.external = external;
        this.clock = clock;
    }

    /**
     * The report, its read written to the audit log by the same statement, with the shopper's live
     * profile from the CDP when a connector is configured and the shopper consented. The CDP is asked
     * after the statement has committed: no transaction waits on it.
     */
    public ReportView reportOf(String visitorId, String reader, Set<String> roles) {
        Instant now = clock.instant();
        ReportQuery.Found found = query.read(VisitorIds.require(visitorId), reader, roles, now.minus(LOOK_BACK), LIMITS, now)
                .orElseThrow(() -> ProblemException.notFound("Shopper", visitorId));
        List<NoteView> consultations = found.notes();
        if (!found.consent().useBehaviour()) {
            // Without consent staff see only what was said in consultations, not what the shopper did.
            return new ReportView(visitorId, List.of(), List.of(), List.of(), new ChannelUse(0, 0, null), NO_HOURS,
                    consultations, consultations, found.language(), found.consent(), null);
        }
        List<TopInterest> top = InterestEvidence.of(calculator.scores(found.interests(), now).stream().limit(TOP_INTERESTS).toList(),
                found.latest(), productTags::tagsOf, EVENTS_PER_INTEREST);
        List<RecentEvent> products = found.products();
        ReportView view = new ReportView(visitorId, top,
                products.stream().limit(RECENT_PRODUCTS).map(RecentProduct::of).toList(),
                products.stream().filter(e -> EventType.FAVORITE.wireName().equals(e.type())).limit(FAVOURITES)
                        .map(RecentProduct::of).toList(),
                Activities.channels(found.activity()),
                Activities.hourPattern(found.activity()),
                consultations, consultations, found.language(), found.consent(), null);
        if (!external.configured()) {
            return view;
        }
        Optional<String> memberId = QuarkusTransaction.requiringNew().call(() -> identities.memberIdOf(found.personId()));
        return view.withExternal(external.of(memberId));
    }
}
