package io.tsunagu.matching.request;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.tsunagu.matching.client.Presence;
import io.tsunagu.matching.consultation.Consultation;
import io.tsunagu.matching.consultation.ConsultationRepository;
import io.tsunagu.matching.notification.OfferClosed;
import io.tsunagu.matching.notification.RequestCancelled;
import io.tsunagu.matching.notification.RequestOpened;
import io.tsunagu.matching.availability.Outlook;
import io.tsunagu.matching.offer.Offer;
import io.tsunagu.matching.offer.OfferStatus;
import io.tsunagu.matching.offer.OfferRepository;
import io.tsunagu.matching.offer.OfferViews;
import io.tsunagu.problem.Problem;
import io.tsunagu.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** A shopper's requests: open, read, cancel. A shopper only ever sees their own. */
@ApplicationScoped
public class RequestService {

    private final RequestRepository requests;
    private final OfferRepository offers;
    private final ConsultationRepository consultations;
    private final InterestSnapshots interestSnapshots;
    private final OfferViews offerViews;
    private final Event<RequestOpened> requestOpened;
    private final Event<OfferClosed> offerClosed;
    private final Event<RequestCancelled> requestCancelled;
    private final Outlook outlook;
    private final KnownStores knownStores;

    RequestService(RequestRepository requests, OfferRepository offers, ConsultationRepository consultations,
                   InterestSnapshots interestSnapshots, OfferViews offerViews, Event<RequestOpened> requestOpened,
                   Event<OfferClosed> offerClosed, Event<RequestCancelled> requestCancelled, Outlook outlook,
                   KnownStores knownStores) {
        this.knownStores = knownStores;
        this.requestCancelled = requestCancelled;
        this.outlook = outlook;
        this.requests = requests;
        this.offers = offers;
        this.consultations = consultations;
        this.interestSnapshots = interestSnapshots;
        this.offerViews = offerViews;
        this.requestOpened = requestOpened;
        this.offerClosed = offerClosed;
    }

    /**
     * Queues a request. The interest snapshot is built first, outside the transaction: the shopper's
     * behaviour only with consent, and the tags of the topic they typed for this request.
     */
    public RequestView open(String visitorId, CreateRequest input) {
        if (input.preferredStoreId() != null && !knownStores.mayExist(input.preferredStoreId())) {
            throw new ProblemException(new Problem(Problem.TYPE_BASE + "invalid-request", "Invalid request", 400,
                    "the preferred store is not one of the retailer's stores",
                    List.of(new Problem.Violation("preferredStoreId", "unknown store"))));
        }
        Map<String, Double> interests = interestSnapshots.of(visitorId, input.behaviourAllowed(), input.topic(), input.language());
        return QuarkusTransaction.requiringNew().call(() -> {
            ConsultationRequest request = new ConsultationRequest(visitorId, input.language(), input.channel(),
                    input.topic(), input.behaviourAllowed(), interests, input.preferredStoreId(), Instant.now());
            return queue(request);
        });
    }

    /**
     * Queues the request a shopper made by joining their booking: it keeps the booking's snapshot and
     * goes to the booked staff member only. Called inside the booking's transaction.
     */
    public RequestView openBooked(ConsultationRequest request) {
        return queue(request);
    }

    private RequestView queue(ConsultationRequest request) {
        requests.persist(request);
        requestOpened.fire(new RequestOpened(request.getId()));
        return view(request);
    }

    @Transactional
    public RequestView get(UUID id, String visitorId) {
        return view(own(requests.findByIdOptional(id), id, visitorId));
    }

    /** Cancels a queued request and withdraws its pending offer; cancelling twice is fine. */
    @Transactional
    public void cancel(UUID id, String visitorId) {
        ConsultationRequest request = own(requests.findForUpdate(id), id, visitorId);
        if (request.getStatus() == RequestStatus.CANCELLED) {
            return;
        }
        if (!request.getStatus().isQueued()) {
            throw ProblemException.conflict("request-not-cancellable", "Request not cancellable",
                    "request " + id + " is " + request.getStatus() + "; only a waiting or offered request can be cancelled");
        }
        Instant now = Instant.now();
        request.cancel(now);
        requestCancelled.fire(new RequestCancelled(id));
        Optional<Offer> pending = offers.findPendingForRequest(id);
        pending.ifPresent(offer -> {
            offer.close(OfferStatus.CANCELLED, now);
            offerClosed.fire(new OfferClosed(offerViews.of(offer, request), Presence.AVAILABLE, request.getStatus(), null));
        });
    }

    public RequestView view(ConsultationRequest request) {
        UUID consultationId = consultations.findByRequest(request.getId()).map(Consultation::getId).orElse(null);
        Integer position = requests.positionOf(request);
        return new RequestView(request.getId(), request.getVisitorId(), request.getLanguage(), request.getChannel(),
                request.getTopic(), request.getPreferredStoreId(), request.getStatus(), position, outlook.estimatedWaitSeconds(request.getLanguage(), position),
                request.getCreatedAt(), consultationId);
    }

    /** Another shopper's request answers 404, as an unknown one does, so ids cannot be probed. */
    private static ConsultationRequest own(Optional<ConsultationRequest> found, UUID id, String visitorId) {
        return found.filter(request -> request.getVisitorId().equals(visitorId))
                .orElseThrow(() -> ProblemException.notFound("Request", id));
    }
}
