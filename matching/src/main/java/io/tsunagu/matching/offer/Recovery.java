package io.tsunagu.matching.offer;

import io.quarkus.runtime.StartupEvent;
import io.tsunagu.matching.assignment.MatchingLoop;
import io.tsunagu.matching.assignment.RoundCause;
import io.tsunagu.matching.client.Presence;
import io.tsunagu.matching.consultation.ConsultationRepository;
import io.tsunagu.matching.consultation.ConsultationStatus;
import io.tsunagu.matching.outbox.Outbound;
import io.tsunagu.matching.outbox.Outbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/**
 * Rebuilds the live state from the database when matching starts, e.g. after a {@code kill -9}:
 * the database is the only truth, so pending offers whose countdown ran out while matching was
 * down are timed out at once, and the presence that matching owns (OFFERED for a live offer,
 * IN_CALL for an active consultation) is set again in staff-directory through the outbox. The
 * outbox itself delivers what the crash left in it. Then a round runs.
 */
@ApplicationScoped
public class Recovery {

    private static final Logger LOG = Logger.getLogger(Recovery.class);

    private final OfferService offers;
    private final OfferRepository offerRepository;
    private final ConsultationRepository consultations;
    private final Outbox outbox;
    private final MatchingLoop matchingLoop;

    Recovery(OfferService offers, OfferRepository offerRepository, ConsultationRepository consultations,
             Outbox outbox, MatchingLoop matchingLoop) {
        this.offers = offers;
        this.offerRepository = offerRepository;
        this.consultations = consultations;
        this.outbox = outbox;
        this.matchingLoop = matchingLoop;
    }

    void onStart(@Observes StartupEvent start) {
        try {
            recover();
        } catch (RuntimeException e) {
            // The periodic jobs repair the same state more slowly: matching must start regardless.
            LOG.error("recovery at start failed; the expiry job and the rounds carry on", e);
        }
    }

    /** Answers what was repaired: offers timed out, and presences re-asserted per staff member. */
    public Recovered recover() {
        int timedOut = 0;
        for (UUID id : offers.dueForTimeout()) {
            if (offers.timeOutIfDue(id)) {
                timedOut++;
            }
        }
        Map<String, Presence> presences = reassertOwnedPresences();
        matchingLoop.trigger(RoundCause.CHANGE);
        if (timedOut > 0 || !presences.isEmpty()) {
            LOG.infof("recovered: %d offers timed out, presence re-asserted for %s", timedOut, presences);
        }
        return new Recovered(timedOut, presences);
    }

    /**
     * Queues the presences matching owns behind whatever the outbox still holds from before the
     * crash, so that an older change delivered late cannot overwrite them. IN_CALL wins over
     * OFFERED for a staff member who has both.
     */
    @Transactional
    Map<String, Presence> reassertOwnedPresences() {
        Map<String, Presence> presences = new TreeMap<>();
        Instant now = Instant.now();
        List<Offer> pending = offerRepository.list("status", OfferStatus.PENDING);
        pending.stream().filter(offer -> !offer.isExpiredAt(now))
                .forEach(offer -> presences.put(offer.getStaffUsername(), Presence.OFFERED));
        consultations.list("status", ConsultationStatus.ACTIVE)
                .forEach(consultation -> presences.put(consultation.getStaffUsername(), Presence.IN_CALL));
        presences.forEach((staff, presence) -> outbox.add(new Outbound.SetPresence(staff, presence)));
        return presences;
    }

    public record Recovered(int offersTimedOut, Map<String, Presence> presences) {
    }
}
