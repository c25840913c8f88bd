package io.tsunagu.matching.solver;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoft.HardMediumSoftScore;
import ai.timefold.solver.core.api.score.stream.Constraint;
import ai.timefold.solver.core.api.score.stream.ConstraintCollectors;
import ai.timefold.solver.core.api.score.stream.ConstraintFactory;
import ai.timefold.solver.core.api.score.stream.ConstraintProvider;
import io.tsunagu.matching.domain.WaitingRequest;

/**
 * Who takes which waiting request. Hard: only a free staff member who speaks the shopper's language
 * and has not turned this request down. Medium: leave as few shoppers waiting as possible, the
 * longest-waiting first. Soft: the best expertise fit for the shopper's interests.
 */
public class MatchingConstraintProvider implements ConstraintProvider {

    public static final String STAFF_FREE = "Staff free";
    public static final String LANGUAGE = "Language";
    public static final String DECLINED_BEFORE = "Declined before";
    public static final String WAITING_SHOPPER = "Waiting shopper";
    public static final String EXPERTISE_FIT = "Expertise fit";

    @Override
    public Constraint[] defineConstraints(ConstraintFactory factory) {
        return new Constraint[] {
                staffFree(factory),
                language(factory),
                declinedBefore(factory),
                waitingShopper(factory),
                expertiseFit(factory)
        };
    }

    /** No staff member gets more requests than their free slots; one who is not AVAILABLE has none. */
    Constraint staffFree(ConstraintFactory factory) {
        return factory.forEach(WaitingRequest.class)
                .groupBy(WaitingRequest::getStaff, ConstraintCollectors.count())
                .filter((staff, assigned) -> assigned > staff.capacity())
                .penalize(HardMediumSoftScore.ONE_HARD, (staff, assigned) -> assigned - staff.capacity())
                .asConstraint(STAFF_FREE);
    }

    Constraint language(ConstraintFactory factory) {
        return factory.forEach(WaitingRequest.class)
                .filter(request -> !PairScore.speaksLanguage(request, request.getStaff()))
                .penalize(HardMediumSoftScore.ONE_HARD)
                .asConstraint(LANGUAGE);
    }

    /** A staff member who declined a request, or let its offer expire, is never offered it again. */
    Constraint declinedBefore(ConstraintFactory factory) {
        return factory.forEach(WaitingRequest.class)
                .filter(request -> PairScore.declinedBefore(request, request.getStaff()))
                .penalize(HardMediumSoftScore.ONE_HARD)
                .asConstraint(DECLINED_BEFORE);
    }

    /** Every request left unassigned costs, more the longer its shopper has waited. */
    Constraint waitingShopper(ConstraintFactory factory) {
        return factory.forEachIncludingUnassigned(WaitingRequest.class)
                .filter(request -> request.getStaff() == null)
                .penalize(HardMediumSoftScore.ONE_MEDIUM, PairScore::waitingCost)
                .asConstraint(WAITING_SHOPPER);
    }

    /** Rewards a staff member whose expertise matches what the shopper is interested in. */
    Constraint expertiseFit(ConstraintFactory factory) {
        return factory.forEach(WaitingRequest.class)
                .reward(HardMediumSoftScore.ONE_SOFT, request -> PairScore.expertiseFit(request, request.getStaff()))
                .asConstraint(EXPERTISE_FIT);
    }
}
