package io.tsunagu.matching.yardstick;

import ai.timefold.solver.core.api.domain.solution.ConstraintWeightOverrides;
import ai.timefold.solver.core.api.score.buildin.hardmediumsoft.HardMediumSoftScore;
import ai.timefold.solver.core.api.score.director.ScoreDirector;
import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.config.phase.custom.CustomPhaseConfig;
import ai.timefold.solver.core.config.solver.SolverConfig;
import ai.timefold.solver.core.config.solver.termination.TerminationConfig;
import io.tsunagu.matching.bench.RoundGenerator;
import io.tsunagu.matching.domain.FreeStaff;
import io.tsunagu.matching.domain.MatchingPlan;
import io.tsunagu.matching.domain.WaitingRequest;
import io.tsunagu.matching.solver.MatchingConstraintProvider;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/** The service's solver configuration starts from the yardstick's optimum and keeps what it is worth. */
class OptimumStartTest {

    private static final int ROUNDS = 20;
    private static final long FIRST_SEED = 700;

    @Test
    void theServiceSolverReachesTheOptimumsHardAndMediumScoreOnRandomRounds() {
        SolverFactory<MatchingPlan> factory = SolverFactory.create(SolverConfig.createFromXmlResource("solverConfig.xml")
                .withTerminationConfig(new TerminationConfig()
                        .withSpentLimit(Duration.ofMillis(500))
                        .withUnimprovedSpentLimit(Duration.ofMillis(20))));
        for (int round = 0; round < ROUNDS; round++) {
            long seed = FIRST_SEED + round;
            RoundGenerator.Round generated = RoundGenerator.generate(seed, 1 + round % 6, 1 + round % 9);
            HardMediumSoftScore optimum = MatchingOptimum.of(generated.staff(), generated.requests()).score();

            MatchingPlan solved = factory.buildSolver().solve(new MatchingPlan(generated.staff(), generated.requests()));

            // Soft constraints outside the yardstick's linear score may trade fit for fairness; hard and medium may not move.
            assertThat(solved.getScore().hardScore()).as("round %d", round).isZero();
            assertThat(solved.getScore().mediumScore()).as("round %d: %s", round, solved.getScore())
                    .isEqualTo(optimum.mediumScore());
        }
    }

    @Test
    void theStartFollowsTheManagersWeightsThatThePlanCarries() {
        // One shopper into mountaineering who met ren last time; aoi is the expert. At unit weights continuity
        // (1,000) beats aoi's fit (500); with expertise fit weighing 10 the expert wins (5,000 against 1,000).
        FreeStaff aoi = new FreeStaff("aoi", "tokyo", Set.of("ja"), Map.of("mountaineering", 5), 1, true);
        FreeStaff ren = new FreeStaff("ren", "osaka", Set.of("ja"), Map.of(), 1, true);
        ConstraintWeightOverrides<HardMediumSoftScore> fitFirst = ConstraintWeightOverrides.of(Map.of(
                MatchingConstraintProvider.EXPERTISE_FIT, HardMediumSoftScore.ofSoft(10),
                MatchingConstraintProvider.CONTINUITY, HardMediumSoftScore.ofSoft(1)));

        assertThat(startOnly(new MatchingPlan(List.of(aoi, ren), List.of(climberWhoMet("ren"))), Duration.ofSeconds(30))
                .getRequests().get(0).getStaff()).isEqualTo(ren);
        assertThat(startOnly(new MatchingPlan(List.of(aoi, ren), List.of(climberWhoMet("ren")), fitFirst), Duration.ofSeconds(30))
                .getRequests().get(0).getStaff()).isEqualTo(aoi);
    }

    @Test
    void theStartPlacesNoFurtherShopperOnceThePhaseIsTerminated() {
        // Everyone speaks Japanese, so that every shopper can be placed with anyone.
        RoundGenerator.Round generated = RoundGenerator.generate(FIRST_SEED, 6, 12);
        List<FreeStaff> staff = generated.staff().stream()
                .map(member -> new FreeStaff(member.getUsername(), member.getStoreId(), Set.of("ja"), member.getExpertise(), 1, true))
                .toList();
        List<WaitingRequest> requests = generated.requests().stream()
                .map(request -> new WaitingRequest(request.getId(), "ja", request.getInterests(), Set.of(), request.getSecondsWaited()))
                .toList();
        MatchingPlan plan = new MatchingPlan(staff, requests);
        @SuppressWarnings("unchecked")
        ScoreDirector<MatchingPlan> director = mock(ScoreDirector.class);
        when(director.getWorkingSolution()).thenReturn(plan);
        int[] asked = {0};

        new OptimumStart().changeWorkingSolution(director, () -> asked[0]++ >= 1);

        MatchingOptimum whole = MatchingOptimum.of(staff, requests);
        assertThat(requests.stream().filter(request -> whole.staffOf(request) != null).count()).isEqualTo(staff.size());
        assertThat(plan.getRequests().stream().filter(request -> request.getStaff() != null).count())
                .as("only the longest-waiting shopper is placed before the phase ends").isEqualTo(1);
    }

    @Test
    void aSolveUnderAOneMillisecondLimitEndsWithoutTheWholeOptimum() {
        // 400 staff × 800 requests: filling the exact solver's table alone takes longer than a millisecond, so the
        // start is cut short before its first row, or never begins.
        RoundGenerator.Round generated = RoundGenerator.generate(FIRST_SEED, 400, 800);

        MatchingPlan cut = startOnly(new MatchingPlan(generated.staff(), generated.requests()), Duration.ofMillis(1));

        assertThat(cut.getRequests()).allSatisfy(request -> assertThat(request.getStaff()).isNull());
    }

    /** Runs the custom phase alone under the given spent limit. */
    private static MatchingPlan startOnly(MatchingPlan plan, Duration spentLimit) {
        SolverConfig config = SolverConfig.createFromXmlResource("solverConfig.xml")
                .withPhases(new CustomPhaseConfig().withCustomPhaseCommandClassList(List.of(OptimumStart.class)))
                .withTerminationConfig(new TerminationConfig().withSpentLimit(spentLimit));
        return SolverFactory.<MatchingPlan>create(config).buildSolver().solve(plan);
    }

    private static WaitingRequest climberWhoMet(String previousStaff) {
        return new WaitingRequest(UUID.fromString("5b0c3f0e-2d1a-4c4e-8f3a-9a2b1c0d0e0f"), "ja", "VIDEO",
                Map.of("mountaineering", 1.0), Set.of(), 10, previousStaff, null);
    }
}
