package io.tsunagu.matching.explanation;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoft.HardMediumSoftScore;
import ai.timefold.solver.core.api.solver.SolutionManager;
import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.config.solver.SolverConfig;
import io.tsunagu.matching.domain.FreeStaff;
import io.tsunagu.matching.domain.MatchingPlan;
import io.tsunagu.matching.domain.WaitingRequest;
import io.tsunagu.matching.offer.Reason;
import io.tsunagu.matching.solver.MatchingConstraintProvider;
import io.tsunagu.matching.weights.Weight;
import io.tsunagu.matching.weights.Weights;
import org.junit.jupiter.api.Test;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** An offer's reasons come from the chosen pair's score explanation, with sentences, the weightiest first. */
class ExplanationsTest {

    private static final Map<Weight, Integer> DEFAULT_WEIGHTS = new EnumMap<>(Map.of(
            Weight.EXPERTISE_FIT, 10, Weight.WAITING_TIME, 2, Weight.CONTINUITY, 5,
            Weight.STORE_AFFINITY, 3, Weight.FAIR_LOAD, 1, Weight.SHIFT_END, 5));

    private final SolutionManager<MatchingPlan, HardMediumSoftScore> solutionManager = SolutionManager.create(
            SolverFactory.create(new SolverConfig()
                    .withSolutionClass(MatchingPlan.class)
                    .withEntityClasses(WaitingRequest.class)
                    .withConstraintProviderClass(MatchingConstraintProvider.class)));

    /** aoi in Tokyo, leaving in 14 minutes: a typical consultation would run about 2 minutes over. */
    private static FreeStaff aoiLeavingSoon() {
        return new FreeStaff("aoi", "tokyo", Set.of("ja"), Map.of("mountaineering", 5, "camping", 3), 1, true,
                FreeStaff.ALL_CHANNELS, true, 61, 0);
    }

    /** A returning climber whose usual store is Tokyo and who met aoi last time. */
    private static WaitingRequest returningClimber(FreeStaff assigned) {
        WaitingRequest request = new WaitingRequest(UUID.randomUUID(), "ja", "VIDEO",
                Map.of("mountaineering", 2.0, "camping", 0.5), Set.of(), 12, "aoi", "tokyo");
        request.setStaff(assigned);
        return request;
    }

    private List<Reason> reasonsFor(WaitingRequest request, Map<Weight, Integer> weights) {
        MatchingPlan plan = new MatchingPlan(List.of(request.getStaff()), List.of(request),
                new Weights(weights).overrides());
        return Explanations.reasons(solutionManager.explain(plan).getIndictmentMap().get(request), request);
    }

    @Test
    void theReasonsAreOrderedByTheirWeightedImpactAndSayWhyInJapaneseAndEnglish() {
        WaitingRequest request = returningClimber(aoiLeavingSoon());

        List<Reason> reasons = reasonsFor(request, DEFAULT_WEIGHTS);

        // fit (2.0 × 5 + 0.5 × 3) × 100 × 10 = 11500; continuity 1000 × 5; affinity 1000 × 3; shift end −200 × 5.
        assertThat(reasons).extracting(Reason::constraint).containsExactly(
                MatchingConstraintProvider.EXPERTISE_FIT, MatchingConstraintProvider.CONTINUITY,
                MatchingConstraintProvider.STORE_AFFINITY, MatchingConstraintProvider.SHIFT_END);
        assertThat(reasons).extracting(Reason::score).containsExactly(
                "0hard/0medium/11500soft", "0hard/0medium/5000soft", "0hard/0medium/3000soft", "0hard/0medium/-1000soft");
        assertThat(reasons.get(0).text().en()).isEqualTo("Expert in mountaineering (level 5), the shopper's strongest interest");
        assertThat(reasons.get(0).text().ja()).contains("mountaineering").contains("レベル5");
        assertThat(reasons.get(1).text().en()).isEqualTo("Talked with this shopper last time");
        assertThat(reasons.get(2).text().en()).isEqualTo("Works at the shopper's usual store (tokyo)");
        assertThat(reasons.get(3).text().en()).isEqualTo("Shift ends soon: about 2 min short of a typical consultation");
        assertThat(reasons).allSatisfy(reason -> assertThat(reason.text().ja()).isNotBlank());
    }

    @Test
    void aHeavierWeightMovesItsReasonUpAndAWeightOfZeroLeavesItOut() {
        Map<Weight, Integer> weights = new EnumMap<>(DEFAULT_WEIGHTS);
        weights.put(Weight.CONTINUITY, 20);
        weights.put(Weight.STORE_AFFINITY, 0);

        List<Reason> reasons = reasonsFor(returningClimber(aoiLeavingSoon()), weights);

        assertThat(reasons).extracting(Reason::constraint).containsExactly(
                MatchingConstraintProvider.CONTINUITY, MatchingConstraintProvider.EXPERTISE_FIT,
                MatchingConstraintProvider.SHIFT_END);
    }

    @Test
    void aSecondaryInterestIsNamedAsOneOfTheShoppersInterests() {
        FreeStaff camper = new FreeStaff("ren", "osaka", Set.of("ja"), Map.of("camping", 4), 1, true);
        WaitingRequest request = returningClimber(camper);

        List<Reason> reasons = reasonsFor(request, DEFAULT_WEIGHTS);

        assertThat(reasons).extracting(Reason::constraint).containsExactly(MatchingConstraintProvider.EXPERTISE_FIT);
        assertThat(reasons.get(0).text().en()).isEqualTo("Knows camping (level 4), one of the shopper's interests");
    }
}
