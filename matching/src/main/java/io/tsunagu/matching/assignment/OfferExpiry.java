package io.tsunagu.matching.assignment;

import io.quarkus.scheduler.Scheduled;
import io.tsunagu.matching.offer.OfferService;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.util.UUID;

/** Times out pending offers whose countdown has run out, each in its own transaction. */
@ApplicationScoped
class OfferExpiry {

    private static final Logger LOG = Logger.getLogger(OfferExpiry.class);

    private final OfferService offers;

    OfferExpiry(OfferService offers) {
        this.offers = offers;
    }

    @Scheduled(every = "${tsunagu.matching.expiry-check-every}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void timeOutExpiredOffers() {
        try {
            for (UUID id : offers.dueForTimeout()) {
                if (offers.timeOutIfDue(id)) {
                    LOG.infof("offer %s timed out", id);
                }
            }
        } catch (RuntimeException e) {
            LOG.error("timing out expired offers failed; the next pass retries", e);
        }
    }
}
