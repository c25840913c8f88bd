package io.tsunagu.matching.consultation;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.tsunagu.matching.access.Caller;
import io.tsunagu.matching.assignment.MatchingLoop;
import io.tsunagu.matching.assignment.RoundCause;
import io.tsunagu.matching.client.PartUnavailableException;
import io.tsunagu.matching.client.Presence;
import io.tsunagu.matching.client.ProfileBridge;
import io.tsunagu.matching.client.ShopperNote;
import io.tsunagu.matching.notification.ConsultationEnded;
import io.tsunagu.matching.outbox.Outbound;
import io.tsunagu.matching.outbox.Outbox;
import io.tsunagu.matching.request.RequestRepository;
import io.tsunagu.problem.Problem;
import io.tsunagu.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Consultations after the accept: read, end, and the staff member's notes. */
@ApplicationScoped
public class ConsultationService {

    private final ConsultationRepository consultations;
    private final RequestRepository requests;
    private final ProfileBridge profileBridge;
    private final Outbox outbox;
    private final Event<ConsultationEnded> consultationEnded;
    private final MatchingLoop matchingLoop;

    ConsultationService(ConsultationRepository consultations, RequestRepository requests, ProfileBridge profileBridge,
                        Outbox outbox, Event<ConsultationEnded> consultationEnded, MatchingLoop matchingLoop) {
        this.matchingLoop = matchingLoop;
        this.consultations = consultations;
        this.requests = requests;
        this.profileBridge = profileBridge;
        this.outbox = outbox;
        this.consultationEnded = consultationEnded;
    }

    @Transactional
    public ConsultationView get(UUID id, Caller caller) {
        return ConsultationView.of(visible(consultations.findByIdOptional(id), id, caller));
    }

    @Transactional
    public List<ConsultationView> mine(String staffUsername) {
        return consultations.listByStaffNewestFirst(staffUsername).stream().map(ConsultationView::of).toList();
    }

    /** Either side hangs up; ending twice answers the ended consultation. */
    @Transactional
    public ConsultationView end(UUID id, Caller caller) {
        Consultation consultation = visible(consultations.findForUpdate(id), id, caller);
        if (!consultation.isActive()) {
            return ConsultationView.of(consultation);
        }
        Instant now = Instant.now();
        consultation.end(now);
        requests.findForUpdate(consultation.getRequestId()).orElseThrow().end(now);
        ConsultationView view = ConsultationView.of(consultation);
        // Notes written during the call leave nothing to wrap up.
        Presence next = consultation.hasNotes() ? Presence.AVAILABLE : Presence.WRAP_UP;
        consultationEnded.fire(new ConsultationEnded(view, next));
        return view;
    }

    /**
     * Keeps the notes, then hands them to profile-bridge. The notes are committed first, so when
     * profile-bridge fails the staff member's text is not lost and posting again retries. Once the
     * call has ended and the notes are delivered, the staff member is free again.
     */
    public ConsultationView writeNotes(UUID id, String staffUsername, NotesInput notes) {
        ConsultationView stored = QuarkusTransaction.requiringNew().call(() -> {
            Consultation consultation = visible(consultations.findForUpdate(id), id, new Caller(staffUsername, Caller.Kind.STAFF));
            consultation.writeNotes(notes);
            return ConsultationView.of(consultation);
        });
        try {
            profileBridge.addNote(stored.visitorId(), new ShopperNote(stored.id(), staffUsername, notes.text(), notes.tags(),
                    notes.productIds(), notes.outcome() == null ? null : notes.outcome().name(), notes.followUpOn()));
        } catch (PartUnavailableException e) {
            throw new ProblemException(Problem.of(503, "part-unavailable", "Notes not delivered",
                    "the notes are kept, but " + e.part() + " did not take them; post them again in a moment"));
        }
        if (stored.status() == ConsultationStatus.ENDED) {
            QuarkusTransaction.requiringNew().run(() -> outbox.add(new Outbound.SetPresence(staffUsername, Presence.AVAILABLE)));
            matchingLoop.trigger(RoundCause.STAFF_FREED);
        }
        return stored;
    }

    /**
     * A shopper sees only their own consultations, and another's answers 404 as an unknown one
     * does; a staff member is told it is not theirs.
     */
    private static Consultation visible(Optional<Consultation> found, UUID id, Caller caller) {
        Consultation consultation = found.orElseThrow(() -> ProblemException.notFound("Consultation", id));
        if (caller.isShopper() && !consultation.hasShopper(caller.name())) {
            throw ProblemException.notFound("Consultation", id);
        }
        // service (signaling ending a call whose peers stayed away) acts for either side.
        if (caller.isStaff() && !consultation.hasStaff(caller.name())) {
            throw new ProblemException(Problem.of(403, "not-your-consultation", "Not your consultation",
                    "consultation " + id + " is another staff member's"));
        }
        return consultation;
    }
}
