package io.tsunagu.profilebridge.report;

import io.tsunagu.profilebridge.event.BehaviourEventRepository;
import io.tsunagu.profilebridge.interest.InterestService;
import io.tsunagu.profilebridge.note.ConsultationNoteRepository;
import io.tsunagu.profilebridge.note.NoteView;
import io.tsunagu.profilebridge.visitor.Visitor;
import io.tsunagu.profilebridge.visitor.VisitorIds;
import io.tsunagu.profilebridge.visitor.VisitorRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.util.List;

@ApplicationScoped
public class ReportService {

    static final int TOP_INTERESTS = 10;
    static final int RECENT_PRODUCTS = 10;
    /** Enough history for a conversation; older notes stay stored and count in the interests. */
    static final int NOTES = 20;

    private final VisitorRepository visitors;
    private final InterestService interests;
    private final BehaviourEventRepository events;
    private final ConsultationNoteRepository notes;

    ReportService(VisitorRepository visitors, InterestService interests, BehaviourEventRepository events,
                  ConsultationNoteRepository notes) {
        this.visitors = visitors;
        this.interests = interests;
        this.events = events;
        this.notes = notes;
    }

    @Transactional
    public ReportView reportOf(String visitorId) {
        Visitor visitor = visitors.require(VisitorIds.require(visitorId));
        return new ReportView(visitorId,
                interests.scoresOf(visitor.personId).stream().limit(TOP_INTERESTS).toList(),
                events.recentProducts(visitor.personId, RECENT_PRODUCTS).stream()
                        .map(e -> new RecentProduct(e.productId, List.copyOf(e.tags), e.occurredAt)).toList(),
                notes.latest(visitor.personId, NOTES).stream().map(NoteView::of).toList());
    }
}
