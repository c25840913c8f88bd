package io.tsunagu.matching.yardstick;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoft.HardMediumSoftScore;
import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.config.solver.SolverConfig;
import ai.timefold.solver.core.config.solver.termination.TerminationConfig;
import io.tsunagu.matching.bench.RoundGenerator;
import io.tsunagu.matching.domain.MatchingPlan;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

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
}
