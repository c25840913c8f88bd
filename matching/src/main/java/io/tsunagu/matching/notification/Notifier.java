package io.tsunagu.matching.notification;

import io.tsunagu.matching.assignment.MatchingLoop;
import io.tsunagu.matching.assignment.RoundCause;
import io.tsunagu.matching.client.Presence;
import io.tsunagu.matching.client.ProfileBridge;
import io.tsunagu.matching.client.Recipient;
import io.tsunagu.matching.client.Signaling;
import io.tsunagu.matching.client.StaffDirectory;
import io.tsunagu.matching.consultation.ConsultationView;
import io.tsunagu.matching.offer.OfferStatus;
import io.tsunagu.matching.offer.OfferView;
import io.tsunagu.matching.request.RequestStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;

import java.time.Duration;
import java.time.Instant;

/**
 * Tells the other parts what happened, once it is committed: a rolled-back offer must never
 * reach a staff member's screen or presence. The wrappers log their own failures.
 */
@ApplicationScoped
public class Notifier {

    /** How long after an offer's countdown, or after the accept, the staff member may read the shopper's report. */
    static final Duration REPORT_ACCESS_AFTER = Duration.ofHours(24);

    private final StaffDirectory staffDirectory;
    private final Signaling signaling;
    private final MatchingLoop matchingLoop;
    private final QueueAnnouncer queueAnnouncer;
    private final ProfileBridge profileBridge;

    Notifier(StaffDirectory staffDirectory, Signaling signaling, MatchingLoop matchingLoop, QueueAnnouncer queueAnnouncer,
             ProfileBridge profileBridge) {
        this.profileBridge = profileBridge;
        this.queueAnnouncer = queueAnnouncer;
        this.staffDirectory = staffDirectory;
        this.signaling = signaling;
        this.matchingLoop = matchingLoop;
    }

    void requestOpened(@Observes(during = TransactionPhase.AFTER_SUCCESS) RequestOpened event) {
        matchingLoop.trigger(RoundCause.REQUEST_OPENED);
    }

    /** The shoppers behind the cancelled request move up: the round after it tells them. */
    void requestCancelled(@Observes(during = TransactionPhase.AFTER_SUCCESS) RequestCancelled event) {
        matchingLoop.trigger(RoundCause.REQUEST_CANCELLED);
    }

    void offerMade(@Observes(during = TransactionPhase.AFTER_SUCCESS) OfferMade event) {
        OfferView offer = event.offer();
        // The staff member may read the shopper's report while deciding, and for a day after. Granted before the
        // push: the console asks for the report as soon as the offer arrives.
        profileBridge.grantReportAccess(offer.shopper().visitorId(), offer.staffUsername(),
                offer.expiresAt().plus(REPORT_ACCESS_AFTER));
        staffDirectory.setPresence(offer.staffUsername(), Presence.OFFERED);
        signaling.push(Recipient.staff(offer.staffUsername()), new ServerMessages.OfferNotice(offer));
        queueAnnouncer.pushNow(offer.shopper().visitorId(), offer.requestId(), RequestStatus.OFFERED, event.position(),
                offer.shopper().language());
    }

    void offerClosed(@Observes(during = TransactionPhase.AFTER_SUCCESS) OfferClosed event) {
        // The request is back in the pool: solve first, the calls below need not hold it up.
        matchingLoop.trigger(RoundCause.OFFER_CLOSED);
        OfferView offer = event.offer();
        if (event.staffPresence() != null) {
            staffDirectory.setPresence(offer.staffUsername(), event.staffPresence());
        }
        if (offer.status() != OfferStatus.DECLINED) {
            // The staff member declined it themselves; in every other case their screen must drop it.
            signaling.push(Recipient.staff(offer.staffUsername()),
                    new ServerMessages.OfferWithdrawn(offer.id(), offer.status()));
        }
        if (event.requestStatus() == RequestStatus.WAITING) {
            queueAnnouncer.pushNow(offer.shopper().visitorId(), offer.requestId(), RequestStatus.WAITING, event.position(),
                    offer.shopper().language());
        }
    }

    void consultationStarted(@Observes(during = TransactionPhase.AFTER_SUCCESS) ConsultationStarted event) {
        ConsultationView consultation = event.consultation();
        staffDirectory.setPresence(consultation.staffUsername(), Presence.IN_CALL);
        queueAnnouncer.pushNow(consultation.visitorId(), consultation.requestId(), RequestStatus.CONNECTED, null, null);
        signaling.openRoom(consultation.id(), consultation.visitorId(), consultation.staffUsername());
        profileBridge.grantReportAccess(consultation.visitorId(), consultation.staffUsername(),
                Instant.now().plus(REPORT_ACCESS_AFTER));
    }

    void consultationEnded(@Observes(during = TransactionPhase.AFTER_SUCCESS) ConsultationEnded event) {
        ConsultationView consultation = event.consultation();
        staffDirectory.setPresence(consultation.staffUsername(), event.staffPresence());
        signaling.closeRoom(consultation.id());
        // The call's slot is free in matching's own count, whatever the presence says.
        matchingLoop.trigger(RoundCause.STAFF_FREED);
    }
}
