package io.tsunagu.matching.weights;

import ai.timefold.solver.core.api.domain.solution.ConstraintWeightOverrides;
import ai.timefold.solver.core.api.score.buildin.hardmediumsoft.HardMediumSoftScore;
import io.tsunagu.matching.solver.MatchingConstraintProvider;
import org.junit.jupiter.api.Test;

import java.util.EnumMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Weights become Timefold's constraint weight overrides on the right score level. */
class WeightsTest {

    private static Map<Weight, Integer> defaults() {
        Map<Weight, Integer> values = new EnumMap<>(Weight.class);
        for (Weight weight : Weight.values()) {
            values.put(weight, weight.defaultUnits());
        }
        return values;
    }

    @Test
    void theDefaultsAreTheAgreedOnes() {
        assertThat(new Weights(defaults()).byKey()).containsExactly(
                Map.entry("expertiseFit", 10), Map.entry("waitingTime", 2), Map.entry("continuity", 5),
                Map.entry("storeAffinity", 3), Map.entry("fairLoad", 1), Map.entry("shiftEnd", 5));
    }

    @Test
    void waitingTimeWeighsTheMediumLevelAndTheOthersTheSoftLevel() {
        ConstraintWeightOverrides<HardMediumSoftScore> overrides = new Weights(defaults()).overrides();

        assertThat(overrides.getConstraintWeight(MatchingConstraintProvider.WAITING_SHOPPER))
                .isEqualTo(HardMediumSoftScore.ofMedium(2));
        assertThat(overrides.getConstraintWeight(MatchingConstraintProvider.EXPERTISE_FIT))
                .isEqualTo(HardMediumSoftScore.ofSoft(10));
        assertThat(overrides.getConstraintWeight(MatchingConstraintProvider.FAIR_LOAD))
                .isEqualTo(HardMediumSoftScore.ofSoft(1));
        assertThat(overrides.getConstraintWeight(MatchingConstraintProvider.STAFF_FREE)).as("hard ones stay fixed").isNull();
    }

    @Test
    void anIncompleteOrOutOfRangeSetIsNotAWeightSet() {
        Map<Weight, Integer> missing = defaults();
        missing.remove(Weight.SHIFT_END);
        Map<Weight, Integer> tooHeavy = defaults();
        tooHeavy.put(Weight.CONTINUITY, Weight.MAX + 1);

        assertThatThrownBy(() -> new Weights(missing)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Weights(tooHeavy)).isInstanceOf(IllegalArgumentException.class);
    }
}
