package io.tsunagu.matching.weights;

import ai.timefold.solver.core.api.domain.solution.ConstraintWeightOverrides;
import ai.timefold.solver.core.api.score.buildin.hardmediumsoft.HardMediumSoftScore;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;

/** One complete set of weights, every {@link Weight} with a value 0–{@value Weight#MAX}. */
public record Weights(Map<Weight, Integer> values) {

    public Weights {
        for (Weight weight : Weight.values()) {
            Integer value = values.get(weight);
            if (value == null || value < 0 || value > Weight.MAX) {
                throw new IllegalArgumentException("weight " + weight.key() + " must be 0–" + Weight.MAX + ", got " + value);
            }
        }
        values = Map.copyOf(new EnumMap<>(values));
    }

    public int of(Weight weight) {
        return values.get(weight);
    }

    /** What the planning solution carries so that Timefold applies these weights in the next solve. */
    public ConstraintWeightOverrides<HardMediumSoftScore> overrides() {
        Map<String, HardMediumSoftScore> byConstraint = new LinkedHashMap<>();
        for (Weight weight : Weight.values()) {
            byConstraint.put(weight.constraint(), weight.score(of(weight)));
        }
        return ConstraintWeightOverrides.of(byConstraint);
    }

    /** The API form: key → value, in a stable order. */
    public Map<String, Integer> byKey() {
        Map<String, Integer> byKey = new LinkedHashMap<>();
        for (Weight weight : Weight.values()) {
            byKey.put(weight.key(), of(weight));
        }
        return byKey;
    }
}
