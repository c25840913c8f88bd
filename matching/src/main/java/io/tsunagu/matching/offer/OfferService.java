package io.tsunagu.matching.offer;

import io.tsunagu.matching.access.Caller;
import io.tsunagu.matching.client.Presence;
import io.tsunagu.matching.client.StaffMember;
import io.tsunagu.matching.config.MatchingConfig;
import io.tsunagu.matching.consultation.Consultation;
import io.tsunagu.matching.consultation.ConsultationRepository;
import io.tsunagu.matching.consultation.ConsultationView;
import io.tsunagu.matching.notification.ConsultationStarted;
import io.tsunagu.matching.notification.OfferClosed;
import io.tsunagu.matching.notification.OfferMade;
import io.tsunagu.matching.request.ConsultationRequest;
import io.tsunagu.matching.request.DeclinedStaffRepository;
import io.tsunagu.matching.request.RequestRepository;
import io.tsunagu.matching.request.RequestStatus;
import io.tsunagu.problem.Problem;
import io.tsunagu.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The life of an offer: made by the matching loop, then accepted, declined, timed out,
 * cancelled or rescinded. Every change locks the request first, then the offer, so that concurrent changes
 * (an accept racing the countdown, a cancel racing an accept) queue instead of deadlocking.
 */
@ApplicationScoped
public class OfferService {

    /** How many expired offers one expiry pass closes; the next pass, a second later, takes the rest. */
    private static final int EXPIRY_BATCH = 100;

    private final OfferRepository offers;
    private final RequestRepository requests;
    private final DeclinedStaffRepository declinedStaff;
    private final ConsultationRepository consultations;
    private final OfferViews views;
    private final Duration countdown;
    private final Event<OfferMade> offerMade;
    private final Event<OfferClosed> offerClosed;
    private final Event<ConsultationStarted> consultationStarted;

    OfferService(OfferRepository offers, RequestRepository requests, DeclinedStaffRepository declinedStaff,
                 ConsultationRepository consultations, OfferViews views, MatchingConfig config,
                 Event<OfferMade> offerMade, Event<OfferClosed> offerClosed,
                 Event<ConsultationStarted> consultationStarted) {
        this.offers = offers;
        this.requests = requests;
        this.declinedStaff = declinedStaff;
        this.consultations = consultations;
        this.views = views;
        this.countdown = config.offerTimeout();
        this.offerMade = offerMade;
        this.offerClosed = offerClosed;
        this.consultationStarted = consultationStarted;
    }

    /**
     * Reserves the staff member for the request, at their store as staff-directory listed it, unless the request left the queue, the staff
     * member declined it before, or their live offers and calls already fill {@code maxConcurrent}
     * (checked by {@link Reservations} under a per-staff lock, since the round began earlier). The
     * partial unique index on {@code offer} stops a second live offer for one request regardless.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Optional<OfferView> make(UUID requestId, StaffMember staff, List<Reason> reasons) {
        String staffUsername = staff.username();
        int maxConcurrent = staff.maxConcurrent();
        Optional<ConsultationRequest> found = requests.findForUpdate(requestId);
        if (found.isEmpty() || found.get().getStatus() != RequestStatus.WAITING
                || declinedStaff.declined(requestId, staffUsername)) {
            return Optional.empty();
        }
        offers.lockStaff(staffUsername);
        Reservations reservations = Reservations.of(
                offers.listPendingForStaffOrRequest(staffUsername, requestId).stream().map(Offer::held).toList(),
                Map.of(staffUsername, consultations.countActiveFor(staffUsername)));
        if (reservations.refusal(requestId, staffUsername, maxConcurrent).isPresent()) {
            return Optional.empty();
        }
        ConsultationRequest request = found.get();
        Instant now = Instant.now();
        Offer offer = new Offer(requestId, staffUsername, staff.storeId(), reasons, now, countdown);
        reservations.reserve(offer.getId(), requestId, staffUsername, maxConcurrent);
        offers.persist(offer);
        request.offered(now);
        offers.flush();
        OfferView view = views.of(offer, request);
        offerMade.fire(new OfferMade(view, requests.positionOf(request)));
        return Optional.of(view);
    }

    @Transactional
    public List<OfferView> pendingFor(String staffUsername) {
        return offers.listPendingFor(staffUsername).stream()
                .map(offer -> views.of(offer, requests.findById(offer.getRequestId())))
                .toList();
    }

    @Transactional
    public OfferView get(UUID id, Caller caller) {
        Offer offer = offers.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("Offer", id));
        if (!caller.isOverseer() && !offer.isFor(caller.name())) {
            throw notYourOffer(id);
        }
        return views.of(offer, requests.findById(offer.getRequestId()));
    }

    /**
     * The staff member takes the request: the offer becomes a consultation. Exactly one accept
     * wins; any other answers 409 {@code offer-taken}, except a retry carrying the winner's
     * idempotency key, which answers the same consultation. An offer past its countdown is timed
     * out here and then refused, which must be committed, hence no rollback for the problem.
     */
    @Transactional(dontRollbackOn = ProblemException.class)
    public ConsultationView accept(UUID id, String staffUsername, String idempotencyKey) {
        Locked locked = lockOwn(id, staffUsername);
        Offer offer = locked.offer();
        if (offer.getStatus() == OfferStatus.ACCEPTED) {
            Consultation consultation = consultations.findByOffer(id)
                    .orElseThrow(() -> new IllegalStateException("accepted offer " + id + " has no consultation"));
            if (offer.wasAcceptedWith(idempotencyKey)) {
                return ConsultationView.of(consultation);
            }
            throw ProblemException.conflict("offer-taken", "Offer already accepted",
                    "offer " + id + " was accepted already, as consultation " + consultation.getId());
        }
        requirePending(offer);
        Instant now = Instant.now();
        if (offer.isExpiredAt(now)) {
            timeOut(offer, locked.request(), now);
            throw offerNotPending(offer);
        }
        offer.accept(now, idempotencyKey);
        locked.request().connected(now);
        Consultation consultation = new Consultation(offer.getRequestId(), offer.getId(),
                locked.request().getVisitorId(), staffUsername, offer.getStoreId(), now);
        consultations.persist(consultation);
        ConsultationView view = ConsultationView.of(consultation);
        consultationStarted.fire(new ConsultationStarted(view));
        return view;
    }

    /** The staff member passes: the request goes back to the queue and is never offered to them again. */
    @Transactional
    public OfferView decline(UUID id, String staffUsername) {
        Locked locked = lockOwn(id, staffUsername);
        Offer offer = locked.offer();
        ConsultationRequest request = locked.request();
        if (offer.getStatus() == OfferStatus.DECLINED) {
            return views.of(offer, request);
        }
        requirePending(offer);
        Instant now = Instant.now();
        offer.close(OfferStatus.DECLINED, now);
        request.returnToQueue(now);
        declinedStaff.add(request.getId(), staffUsername, now);
        OfferView view = views.of(offer, request);
        offerClosed.fire(new OfferClosed(view, Presence.AVAILABLE, request.getStatus(), requests.positionOf(request)));
        return view;
    }

    /** Staff user names with at least one pending offer. */
    @Transactional
    public Set<String> staffWithPendingOffers() {
        return offers.pendingByStaff().keySet();
    }

    /** Ids of the staff member's pending offers. */
    @Transactional
    public List<UUID> pendingIdsFor(String staffUsername) {
        return offers.listPendingFor(staffUsername).stream().map(Offer::getId).toList();
    }

    /**
     * Withdraws a pending offer because its staff member went away or offline: the request goes
     * back to the queue at once, and may be offered to them again later since they did not refuse
     * it. False when the offer was no longer pending.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean rescind(UUID id) {
        Optional<UUID> requestId = offers.findRequestId(id);
        if (requestId.isEmpty()) {
            return false;
        }
        ConsultationRequest request = requests.findForUpdate(requestId.get()).orElseThrow();
        Offer offer = offers.findForUpdate(id).orElseThrow();
        if (!offer.isPending()) {
            return false;
        }
        Instant now = Instant.now();
        offer.close(OfferStatus.RESCINDED, now);
        request.returnToQueue(now);
        // Their presence is already AWAY or OFFLINE: matching leaves it as it is.
        offerClosed.fire(new OfferClosed(views.of(offer, request), null, request.getStatus(), requests.positionOf(request)));
        return true;
    }

    /** Pending offers whose countdown has run out. */
    @Transactional
    public List<UUID> dueForTimeout() {
        return offers.listExpiredIds(Instant.now(), EXPIRY_BATCH);
    }

    /** Times the offer out if it is still pending and past its countdown; false when something else closed it first. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean timeOutIfDue(UUID id) {
        Optional<UUID> requestId = offers.findRequestId(id);
        if (requestId.isEmpty()) {
            return false;
        }
        ConsultationRequest request = requests.findForUpdate(requestId.get()).orElseThrow();
        Offer offer = offers.findForUpdate(id).orElseThrow();
        Instant now = Instant.now();
        if (!offer.isPending() || !offer.isExpiredAt(now)) {
            return false;
        }
        timeOut(offer, request, now);
        return true;
    }

    /**
     * The staff member let the countdown run out: they are probably not at their desk, so they go
     * AWAY, and the request goes back to the queue without them.
     */
    private void timeOut(Offer offer, ConsultationRequest request, Instant now) {
        offer.close(OfferStatus.TIMED_OUT, now);
        request.returnToQueue(now);
        declinedStaff.add(request.getId(), offer.getStaffUsername(), now);
        offerClosed.fire(new OfferClosed(views.of(offer, request), Presence.AWAY, request.getStatus(),
                requests.positionOf(request)));
    }

    private Locked lockOwn(UUID id, String staffUsername) {
        UUID requestId = offers.findRequestId(id).orElseThrow(() -> ProblemException.notFound("Offer", id));
        ConsultationRequest request = requests.findForUpdate(requestId).orElseThrow();
        Offer offer = offers.findForUpdate(id).orElseThrow();
        if (!offer.isFor(staffUsername)) {
            throw notYourOffer(id);
        }
        return new Locked(offer, request);
    }

    private static void requirePending(Offer offer) {
        if (!offer.isPending()) {
            throw offerNotPending(offer);
        }
    }

    private static ProblemException offerNotPending(Offer offer) {
        return ProblemException.conflict("offer-not-pending", "Offer not pending",
                "offer " + offer.getId() + " is " + offer.getStatus());
    }

    private static ProblemException notYourOffer(UUID id) {
        return new ProblemException(Problem.of(403, "not-your-offer", "Not your offer", "offer " + id + " was made to another staff member"));
    }

    private record Locked(Offer offer, ConsultationRequest request) {
    }
}
