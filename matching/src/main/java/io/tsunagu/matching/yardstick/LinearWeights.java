package io.tsunagu.matching.yardstick;

import ai.timefold.solver.core.api.domain.solution.ConstraintWeightOverrides;
import ai.timefold.solver.core.api.score.buildin.hardmediumsoft.HardMediumSoftScore;
import io.tsunagu.matching.solver.MatchingConstraintProvider;

/**
 * The weights of the linear part of the score, as the solver applies them: the waiting cost (medium level) and
 * the three pair rewards (soft level). Read from the same {@link ConstraintWeightOverrides} the managers' weights
 * reach the solver through, so that the yardstick's optimum is the optimum of the score the solver works on.
 */
public record LinearWeights(int waitingShopper, int expertiseFit, int continuity, int storeAffinity) {

    /** Every constraint at the provider's own weight of one: a plan without overrides (tests, the benchmark). */
    public static final LinearWeights UNIT = new LinearWeights(1, 1, 1, 1);

    public LinearWeights {
        if (waitingShopper < 0 || expertiseFit < 0 || continuity < 0 || storeAffinity < 0) {
            throw new IllegalArgumentException("linear weights must not be negative: " + waitingShopper + ", "
                    + expertiseFit + ", " + continuity + ", " + storeAffinity);
        }
    }

    /** The weights a plan carries; a constraint the overrides do not name keeps its weight of one. */
    public static LinearWeights of(ConstraintWeightOverrides<HardMediumSoftScore> overrides) {
        return new LinearWeights(
                weight(overrides, MatchingConstraintProvider.WAITING_SHOPPER).mediumScore(),
                weight(overrides, MatchingConstraintProvider.EXPERTISE_FIT).softScore(),
                weight(overrides, MatchingConstraintProvider.CONTINUITY).softScore(),
                weight(overrides, MatchingConstraintProvider.STORE_AFFINITY).softScore());
    }

    private static HardMediumSoftScore weight(ConstraintWeightOverrides<HardMediumSoftScore> overrides, String constraint) {
        HardMediumSoftScore weight = overrides.getConstraintWeight(constraint);
        if (weight != null) {
            return weight;
        }
        return MatchingConstraintProvider.WAITING_SHOPPER.equals(constraint) ? HardMediumSoftScore.ONE_MEDIUM : HardMediumSoftScore.ONE_SOFT;
    }
}
