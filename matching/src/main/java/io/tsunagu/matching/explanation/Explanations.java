package io.tsunagu.matching.explanation;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoft.HardMediumSoftScore;
import ai.timefold.solver.core.api.score.constraint.ConstraintMatch;
import ai.timefold.solver.core.api.score.constraint.Indictment;
import io.tsunagu.matching.domain.WaitingRequest;
import io.tsunagu.matching.offer.Reason;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Why the solver gave a request to its staff member: the assigned pair's score per constraint, from the solved
 * plan's score explanation, each with a sentence, the constraint that weighed most first.
 */
public final class Explanations {

    /** Larger score contributions first: hard, then medium, then soft, by size whatever their sign. */
    static final Comparator<HardMediumSoftScore> BY_IMPACT = Comparator
            .<HardMediumSoftScore>comparingLong(score -> Math.abs((long) score.hardScore()))
            .thenComparingLong(score -> Math.abs((long) score.mediumScore()))
            .thenComparingLong(score -> Math.abs((long) score.softScore()))
            .reversed();

    private Explanations() {
    }

    /** The request's reasons with tags named by their ids; see {@link #reasons(Indictment, WaitingRequest, Function)}. */
    public static List<Reason> reasons(Indictment<HardMediumSoftScore> indictment, WaitingRequest request) {
        return reasons(indictment, request, tag -> new Reason.Text(tag, tag));
    }

    /**
     * The request's reasons, ordered by impact; constraints that weighed nothing (weight 0) are left out.
     * {@code tagName} gives a tag's display names for the sentences.
     */
    public static List<Reason> reasons(Indictment<HardMediumSoftScore> indictment, WaitingRequest request,
                                       Function<String, Reason.Text> tagName) {
        if (indictment == null || request.getStaff() == null) {
            return List.of();
        }
        Map<String, HardMediumSoftScore> byConstraint = new HashMap<>();
        for (ConstraintMatch<HardMediumSoftScore> match : indictment.getConstraintMatchSet()) {
            byConstraint.merge(match.getConstraintRef().constraintName(), match.getScore(), HardMediumSoftScore::add);
        }
        return byConstraint.entrySet().stream()
                .filter(entry -> !entry.getValue().isZero())
                .sorted(Map.Entry.<String, HardMediumSoftScore>comparingByValue(BY_IMPACT)
                        .thenComparing(Map.Entry.comparingByKey()))
                .map(entry -> new Reason(entry.getKey(), entry.getValue().toString(),
                        ReasonTexts.of(entry.getKey(), request, request.getStaff(), tagName).orElse(null)))
                .toList();
    }
}
