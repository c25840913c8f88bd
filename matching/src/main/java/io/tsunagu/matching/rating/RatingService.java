package io.tsunagu.matching.rating;

import io.tsunagu.matching.consultation.Consultation;
import io.tsunagu.matching.consultation.ConsultationRepository;
import io.tsunagu.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.UUID;

/** A shopper rates their own consultation, once. */
@ApplicationScoped
public class RatingService {

    private final ConsultationRepository consultations;
    private final RatingRepository ratings;

    RatingService(ConsultationRepository consultations, RatingRepository ratings) {
        this.consultations = consultations;
        this.ratings = ratings;
    }

    /**
     * Stores the rating. The consultation row is locked first, so two ratings sent at once queue
     * and the second is refused. Another shopper's consultation answers 404, as an unknown one does.
     */
    @Transactional
    public void rate(UUID consultationId, String visitorId, RatingInput input) {
        Consultation consultation = consultations.findForUpdate(consultationId)
                .filter(found -> found.hasShopper(visitorId))
                .orElseThrow(() -> ProblemException.notFound("Consultation", consultationId));
        if (ratings.findByIdOptional(consultationId).isPresent()) {
            throw ProblemException.conflict("already-rated", "Already rated",
                    "consultation " + consultationId + " has been rated already");
        }
        ratings.persist(new Rating(consultation.getId(), visitorId, input.stars(), input.comment(), Instant.now()));
    }
}
