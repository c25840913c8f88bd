package io.tsunagu.matching.weights;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoft.HardMediumSoftScore;
import io.tsunagu.matching.solver.MatchingConstraintProvider;

import java.util.Arrays;
import java.util.Optional;

/**
 * A weight a manager tunes, by its API key, and the constraint it weighs. Waiting time weighs the medium level
 * (serving shoppers, longest-waiting first, comes before any soft reward); the others weigh the soft level.
 */
public enum Weight {

    EXPERTISE_FIT("expertiseFit", MatchingConstraintProvider.EXPERTISE_FIT, false, 10),
    WAITING_TIME("waitingTime", MatchingConstraintProvider.WAITING_SHOPPER, true, 2),
    CONTINUITY("continuity", MatchingConstraintProvider.CONTINUITY, false, 5),
    STORE_AFFINITY("storeAffinity", MatchingConstraintProvider.STORE_AFFINITY, false, 3),
    FAIR_LOAD("fairLoad", MatchingConstraintProvider.FAIR_LOAD, false, 1),
    SHIFT_END("shiftEnd", MatchingConstraintProvider.SHIFT_END, false, 5);

    /** The largest weight a manager may set; keeps weighted scores far from int overflow. */
    public static final int MAX = 1000;

    private final String key;
    private final String constraint;
    private final boolean medium;
    private final int defaultUnits;

    Weight(String key, String constraint, boolean medium, int defaultUnits) {
        this.key = key;
        this.constraint = constraint;
        this.medium = medium;
        this.defaultUnits = defaultUnits;
    }

    public static Optional<Weight> byKey(String key) {
        return Arrays.stream(values()).filter(weight -> weight.key.equals(key)).findFirst();
    }

    public static Optional<Weight> byConstraint(String constraint) {
        return Arrays.stream(values()).filter(weight -> weight.constraint.equals(constraint)).findFirst();
    }

    public String key() {
        return key;
    }

    public String constraint() {
        return constraint;
    }

    /** The weight before any manager changed it (also seeded by migration V10). */
    public int defaultUnits() {
        return defaultUnits;
    }

    /** The constraint weight Timefold applies for this many units. */
    public HardMediumSoftScore score(int units) {
        return medium ? HardMediumSoftScore.ofMedium(units) : HardMediumSoftScore.ofSoft(units);
    }
}
