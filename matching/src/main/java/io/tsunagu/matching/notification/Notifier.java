package io.tsunagu.matching.notification;

import io.tsunagu.matching.assignment.MatchingLoop;
import io.tsunagu.matching.assignment.RoundCause;
import io.tsunagu.matching.client.Presence;
import io.tsunagu.matching.consultation.ConsultationView;
import io.tsunagu.matching.offer.OfferStatus;
import io.tsunagu.matching.offer.OfferView;
import io.tsunagu.matching.outbox.Outbound;
import io.tsunagu.matching.outbox.Outbox;
import io.tsunagu.matching.request.RequestStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;

import java.time.Duration;
import java.time.Instant;

/**
 * Tells the other parts what happened. What they must not miss (presence, offers and withdrawals
 * on the staff member's screen, call rooms, report grants) goes into the {@link Outbox} inside the
 * transaction of the change, so a rolled-back offer never reaches anyone and a committed one is
 * delivered even across a crash. Rounds and the shoppers' queue updates follow the commit directly:
 * both are recomputed from the tables by every round, after a restart too.
 */
@ApplicationScoped
public class Notifier {

    /** How long after an offer's countdown, or after the accept, the staff member may read the shopper's report. */
    static final Duration REPORT_ACCESS_AFTER = Duration.ofHours(24);

    private final Outbox outbox;
    private final MatchingLoop matchingLoop;
    private final QueueAnnouncer queueAnnouncer;

    Notifier(Outbox outbox, MatchingLoop matchingLoop, QueueAnnouncer queueAnnouncer) {
        this.outbox = outbox;
        this.matchingLoop = matchingLoop;
        this.queueAnnouncer = queueAnnouncer;
    }

    void requestOpened(@Observes(during = TransactionPhase.AFTER_SUCCESS) RequestOpened event) {
        matchingLoop.trigger(RoundCause.REQUEST_OPENED);
    }

    /** The shoppers behind the cancelled request move up: the round after it tells them. */
    void requestCancelled(@Observes(during = TransactionPhase.AFTER_SUCCESS) RequestCancelled event) {
        matchingLoop.trigger(RoundCause.REQUEST_CANCELLED);
    }

    void offerMade(@Observes OfferMade event) {
        OfferView offer = event.offer();
        // The staff member may read the shopper's report while deciding, and for a day after. Granted before the
        // push: the console asks for the report as soon as the offer arrives.
        outbox.add(new Outbound.GrantReport(offer.shopper().visitorId(), offer.staffUsername(),
                offer.expiresAt().plus(REPORT_ACCESS_AFTER)));
        outbox.add(new Outbound.SetPresence(offer.staffUsername(), Presence.OFFERED));
        outbox.add(new Outbound.PushToStaff(offer.staffUsername(), outbox.json(new ServerMessages.OfferNotice(offer))));
    }

    void offerMadeCommitted(@Observes(during = TransactionPhase.AFTER_SUCCESS) OfferMade event) {
        OfferView offer = event.offer();
        queueAnnouncer.pushNow(offer.shopper().visitorId(), offer.requestId(), RequestStatus.OFFERED, event.position(),
                offer.shopper().language());
    }

    void offerClosed(@Observes OfferClosed event) {
        OfferView offer = event.offer();
        if (event.staffPresence() != null) {
            outbox.add(new Outbound.SetPresence(offer.staffUsername(), event.staffPresence()));
        }
        if (offer.status() != OfferStatus.DECLINED) {
            // The staff member declined it themselves; in every other case their screen must drop it.
            outbox.add(new Outbound.PushToStaff(offer.staffUsername(),
                    outbox.json(new ServerMessages.OfferWithdrawn(offer.id(), offer.status()))));
        }
    }

    void offerClosedCommitted(@Observes(during = TransactionPhase.AFTER_SUCCESS) OfferClosed event) {
        // The request is back in the pool: solve at once.
        matchingLoop.trigger(RoundCause.OFFER_CLOSED);
        OfferView offer = event.offer();
        if (event.requestStatus() == RequestStatus.WAITING) {
            queueAnnouncer.pushNow(offer.shopper().visitorId(), offer.requestId(), RequestStatus.WAITING, event.position(),
                    offer.shopper().language());
        }
    }

    void consultationStarted(@Observes ConsultationStarted event) {
        ConsultationView consultation = event.consultation();
        outbox.add(new Outbound.SetPresence(consultation.staffUsername(), Presence.IN_CALL));
        outbox.add(new Outbound.OpenRoom(consultation.id(), consultation.visitorId(), consultation.staffUsername()));
        outbox.add(new Outbound.GrantReport(consultation.visitorId(), consultation.staffUsername(),
                Instant.now().plus(REPORT_ACCESS_AFTER)));
    }

    void consultationStartedCommitted(@Observes(during = TransactionPhase.AFTER_SUCCESS) ConsultationStarted event) {
        ConsultationView consultation = event.consultation();
        queueAnnouncer.pushNow(consultation.visitorId(), consultation.requestId(), RequestStatus.CONNECTED, null, null);
    }

    void consultationEnded(@Observes ConsultationEnded event) {
        ConsultationView consultation = event.consultation();
        outbox.add(new Outbound.SetPresence(consultation.staffUsername(), event.staffPresence()));
        outbox.add(new Outbound.CloseRoom(consultation.id()));
    }

    void consultationEndedCommitted(@Observes(during = TransactionPhase.AFTER_SUCCESS) ConsultationEnded event) {
        // The call's slot is free in matching's own count, whatever the presence says.
        matchingLoop.trigger(RoundCause.STAFF_FREED);
    }
}
