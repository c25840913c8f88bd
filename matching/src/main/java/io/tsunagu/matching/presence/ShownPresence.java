package io.tsunagu.matching.presence;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.tsunagu.matching.client.Presence;
import io.tsunagu.matching.consultation.ConsultationRepository;
import io.tsunagu.matching.consultation.ConsultationStatus;
import io.tsunagu.matching.offer.OfferRepository;
import io.tsunagu.matching.offer.OfferStatus;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The busy state staff-directory should show for a staff member who may hold several offers and calls
 * at once. Each offer or call announces its own state when it changes; this keeps the most engaging one
 * of everything still live, so that declining a second offer does not show a staff member in a call as free.
 */
@ApplicationScoped
public class ShownPresence {

    private final OfferRepository offers;
    private final ConsultationRepository consultations;

    ShownPresence(OfferRepository offers, ConsultationRepository consultations) {
        this.offers = offers;
        this.consultations = consultations;
    }

    /**
     * A running call is shown over an offer, the end of another call or "free again"; a pending offer over
     * "free again". AWAY and OFFLINE are the staff member's availability, which staff-directory keeps apart.
     */
    public Presence of(String staffUsername, Presence announced) {
        if (announced == Presence.AWAY || announced == Presence.OFFLINE || announced == Presence.IN_CALL) {
            return announced;
        }
        return QuarkusTransaction.requiringNew().call(() -> {
            if (consultations.count("staffUsername = ?1 and status = ?2", staffUsername, ConsultationStatus.ACTIVE) > 0) {
                return Presence.IN_CALL;
            }
            if (announced == Presence.AVAILABLE
                    && offers.count("staffUsername = ?1 and status = ?2", staffUsername, OfferStatus.PENDING) > 0) {
                return Presence.OFFERED;
            }
            return announced;
        });
    }
}
