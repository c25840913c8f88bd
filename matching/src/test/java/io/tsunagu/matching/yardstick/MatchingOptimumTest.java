package io.tsunagu.matching.yardstick;

import ai.timefold.solver.core.api.domain.solution.ConstraintWeightOverrides;
import ai.timefold.solver.core.api.score.buildin.hardmediumsoft.HardMediumSoftScore;
import ai.timefold.solver.core.api.solver.SolutionManager;
import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.config.solver.SolverConfig;
import io.tsunagu.matching.bench.RoundGenerator;
import io.tsunagu.matching.domain.FreeStaff;
import io.tsunagu.matching.domain.MatchingPlan;
import io.tsunagu.matching.domain.WaitingRequest;
import io.tsunagu.matching.solver.MatchingConstraintProvider;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The yardstick's optimum is the best score the constraint provider can give: checked by scoring every
 * possible assignment of small random rounds with the solver's own score calculation.
 */
class MatchingOptimumTest {

    private static final long FIRST_SEED = 7_000L;
    private static final int ROUNDS = 60;
    private static final int MAX_STAFF = 3;
    private static final int MAX_REQUESTS = 4;

    /** The yardstick optimizes the linear part of the score: the two constraints that are not linear weigh 0. */
    private static final ConstraintWeightOverrides<HardMediumSoftScore> LINEAR_PART = ConstraintWeightOverrides.of(Map.of(
            MatchingConstraintProvider.FAIR_LOAD, HardMediumSoftScore.ZERO,
            MatchingConstraintProvider.SHIFT_END, HardMediumSoftScore.ZERO));

    private final SolutionManager<MatchingPlan, HardMediumSoftScore> scorer = SolutionManager.create(
            SolverFactory.create(new SolverConfig()
                    .withSolutionClass(MatchingPlan.class)
                    .withEntityClasses(WaitingRequest.class)
                    .withConstraintProviderClass(MatchingConstraintProvider.class)));

    @Test
    void theOptimumIsTheBestScoreOfEveryPossibleAssignment() {
        for (int round = 0; round < ROUNDS; round++) {
            long seed = FIRST_SEED + round;
            RoundGenerator.Round generated = RoundGenerator.generate(seed,
                    1 + (int) (seed % MAX_STAFF), 1 + (int) (seed % MAX_REQUESTS));
            MatchingPlan plan = new MatchingPlan(generated.staff(), generated.requests(), LINEAR_PART);

            MatchingOptimum optimum = MatchingOptimum.of(plan.getStaff(), plan.getRequests());

            assertThat(optimum.score()).as("seed %d", seed).isEqualTo(bestByEnumeration(plan, 0));
            for (WaitingRequest request : plan.getRequests()) {
                request.setStaff(optimum.staffOf(request));
            }
            assertThat(scorer.update(plan)).as("seed %d: the optimum's own assignment", seed)
                    .isEqualTo(optimum.score());
        }
    }

    @Test
    void underTheManagersWeightsTheOptimumIsStillTheBestScoreOfEveryPossibleAssignment() {
        Random random = new Random(FIRST_SEED);
        for (int round = 0; round < ROUNDS; round++) {
            long seed = FIRST_SEED + round;
            RoundGenerator.Round generated = RoundGenerator.generate(seed,
                    1 + (int) (seed % MAX_STAFF), 1 + (int) (seed % MAX_REQUESTS));
            // Waiting may weigh nothing at all; the rewards anything from nothing to twenty times their unit.
            ConstraintWeightOverrides<HardMediumSoftScore> weights = ConstraintWeightOverrides.of(Map.of(
                    MatchingConstraintProvider.WAITING_SHOPPER, HardMediumSoftScore.ofMedium(random.nextInt(4)),
                    MatchingConstraintProvider.EXPERTISE_FIT, HardMediumSoftScore.ofSoft(random.nextInt(21)),
                    MatchingConstraintProvider.CONTINUITY, HardMediumSoftScore.ofSoft(random.nextInt(21)),
                    MatchingConstraintProvider.STORE_AFFINITY, HardMediumSoftScore.ofSoft(random.nextInt(21)),
                    MatchingConstraintProvider.FAIR_LOAD, HardMediumSoftScore.ZERO,
                    MatchingConstraintProvider.SHIFT_END, HardMediumSoftScore.ZERO));
            MatchingPlan plan = new MatchingPlan(generated.staff(), generated.requests(), weights);

            MatchingOptimum optimum = MatchingOptimum.of(plan.getStaff(), plan.getRequests(), LinearWeights.of(weights), () -> false);

            assertThat(optimum.score()).as("seed %d, weights %s", seed, LinearWeights.of(weights))
                    .isEqualTo(bestByEnumeration(plan, 0));
        }
    }

    @Test
    void aSolveCutShortKeepsTheBestAssignmentOfTheLongestWaitingRequestsPlacedSoFar() {
        RoundGenerator.Round generated = RoundGenerator.generate(FIRST_SEED, 6, 12);
        List<WaitingRequest> requests = generated.requests().stream()
                .map(request -> new WaitingRequest(request.getId(), "ja", request.getInterests(), Set.of(), request.getSecondsWaited()))
                .toList();
        List<FreeStaff> staff = generated.staff().stream()
                .map(member -> new FreeStaff(member.getUsername(), member.getStoreId(), Set.of("ja"), member.getExpertise(), 1, true))
                .toList();
        int placed = 4;
        int[] asked = {0};

        MatchingOptimum cut = MatchingOptimum.of(staff, requests, LinearWeights.UNIT, () -> asked[0]++ >= placed);

        List<WaitingRequest> longestWaitingFirst = requests.stream()
                .sorted((a, b) -> Long.compare(b.getSecondsWaited(), a.getSecondsWaited())).toList();
        MatchingOptimum ofTheFirst = MatchingOptimum.of(staff, longestWaitingFirst.subList(0, placed));
        for (int index = 0; index < longestWaitingFirst.size(); index++) {
            WaitingRequest request = longestWaitingFirst.get(index);
            assertThat(cut.staffOf(request) != null).as("request %d in the order of their waits", index).isEqualTo(index < placed);
        }
        assertThat(cut.score().softScore()).isEqualTo(ofTheFirst.score().softScore());
    }

    @Test
    void aSecondSlotOfOneStaffMemberServesASecondShopper() {
        RoundGenerator.Round generated = RoundGenerator.generate(FIRST_SEED, 1, 2);
        FreeStaff single = generated.staff().get(0);
        FreeStaff twoSlots = new FreeStaff(single.getUsername(), single.getStoreId(), single.getLanguages(),
                single.getExpertise(), 2, true);
        List<WaitingRequest> requests = generated.requests().stream()
                .map(request -> new WaitingRequest(request.getId(), twoSlots.getLanguages().iterator().next(),
                        request.getInterests(), Set.of(), request.getSecondsWaited()))
                .toList();

        MatchingOptimum optimum = MatchingOptimum.of(List.of(twoSlots), requests);

        assertThat(optimum.staffOf(requests.get(0))).isEqualTo(twoSlots);
        assertThat(optimum.staffOf(requests.get(1))).isEqualTo(twoSlots);
        assertThat(optimum.score().mediumScore()).isZero();
    }

    /** The best feasible score over every way to give each request a staff member or none. */
    private HardMediumSoftScore bestByEnumeration(MatchingPlan plan, int index) {
        List<WaitingRequest> requests = plan.getRequests();
        if (index == requests.size()) {
            HardMediumSoftScore score = scorer.update(plan);
            return score.isFeasible() ? score : null;
        }
        HardMediumSoftScore best = null;
        WaitingRequest request = requests.get(index);
        for (int choice = -1; choice < plan.getStaff().size(); choice++) {
            request.setStaff(choice < 0 ? null : plan.getStaff().get(choice));
            HardMediumSoftScore score = bestByEnumeration(plan, index + 1);
            if (score != null && (best == null || score.compareTo(best) > 0)) {
                best = score;
            }
        }
        request.setStaff(null);
        return best;
    }
}
