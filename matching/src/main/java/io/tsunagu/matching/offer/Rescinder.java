package io.tsunagu.matching.offer;

import io.tsunagu.matching.client.StaffStatus;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Withdraws the pending offers of staff who went away or offline (their own choice, or no
 * heartbeat): nobody will answer those offers, so the shoppers go back to the queue at once instead
 * of waiting out the countdown.
 */
@ApplicationScoped
public class Rescinder {

    private static final Logger LOG = Logger.getLogger(Rescinder.class);

    private final OfferService offers;

    Rescinder(OfferService offers) {
        this.offers = offers;
    }

    /** Rescinds every pending offer of a staff member the roster shows absent; answers how many. */
    public int rescindOffersOfAbsentStaff(List<StaffStatus> roster) {
        Set<String> withOffers = offers.staffWithPendingOffers();
        if (withOffers.isEmpty()) {
            return 0;
        }
        int rescinded = 0;
        for (StaffStatus staff : roster) {
            if (!staff.isAbsent() || !withOffers.contains(staff.username())) {
                continue;
            }
            for (UUID offerId : offers.pendingIdsFor(staff.username())) {
                if (offers.rescind(offerId)) {
                    LOG.infof("offer %s rescinded: %s is %s", offerId, staff.username(), staff.presence());
                    rescinded++;
                }
            }
        }
        return rescinded;
    }
}
