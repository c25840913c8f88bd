package io.tsunagu.matching.solver;

import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.config.solver.EnvironmentMode;
import ai.timefold.solver.core.config.solver.SolverConfig;
import io.tsunagu.matching.bench.RoundGenerator;
import io.tsunagu.matching.domain.FreeStaff;
import io.tsunagu.matching.domain.MatchingPlan;
import io.tsunagu.matching.domain.WaitingRequest;
import io.tsunagu.matching.weights.Weight;
import io.tsunagu.matching.weights.Weights;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Solves in FULL_ASSERT mode, which recomputes the score from scratch after every move and fails on any drift of
 * the incremental score (fair load's load balance is the constraint most at risk). Slow, so behind a switch:
 * {@code mvn -pl matching test -Dtest=MatchingFullAssertTest -Dtsunagu.full-assert=true}.
 */
@EnabledIfSystemProperty(named = "tsunagu.full-assert", matches = "true")
class MatchingFullAssertTest {

    private static final long SEED = 11L;

    @Test
    void theIncrementalScoreNeverDriftsFromAFullRecalculation() {
        RoundGenerator.Round generated = RoundGenerator.generate(SEED, 8, 12);
        List<FreeStaff> staff = new ArrayList<>();
        for (int index = 0; index < generated.staff().size(); index++) {
            FreeStaff plain = generated.staff().get(index);
            staff.add(new FreeStaff(plain.getUsername(), plain.getStoreId(), plain.getLanguages(), plain.getExpertise(),
                    1 + index % 2, true, index % 3 == 0 ? Set.of("CHAT") : FreeStaff.ALL_CHANNELS, true,
                    index % 4 == 0 ? 300 : 0, index % 3));
        }
        List<WaitingRequest> requests = new ArrayList<>();
        for (int index = 0; index < generated.requests().size(); index++) {
            WaitingRequest plain = generated.requests().get(index);
            requests.add(new WaitingRequest(plain.getId(), plain.getLanguage(), index % 2 == 0 ? "VIDEO" : "CHAT",
                    plain.getInterests(), plain.getDeclinedBy(), plain.getSecondsWaited(),
                    staff.get(index % staff.size()).getUsername(), staff.get((index + 1) % staff.size()).getStoreId()));
        }
        Relaxation relaxation = new Relaxation(List.of(Duration.ofSeconds(30), Duration.ofSeconds(90)),
                List.of(3, 2, 0), List.of(100, 50, 0));
        relaxation.apply(requests, staff);
        Weights weights = new Weights(Map.of(Weight.EXPERTISE_FIT, 10, Weight.WAITING_TIME, 2, Weight.CONTINUITY, 5,
                Weight.STORE_AFFINITY, 3, Weight.FAIR_LOAD, 1, Weight.SHIFT_END, 5));
        SolverFactory<MatchingPlan> factory = SolverFactory.create(new SolverConfig()
                .withSolutionClass(MatchingPlan.class)
                .withEntityClasses(WaitingRequest.class)
                .withConstraintProviderClass(MatchingConstraintProvider.class)
                .withEnvironmentMode(EnvironmentMode.FULL_ASSERT)
                .withTerminationSpentLimit(Duration.ofSeconds(5)));

        MatchingPlan solved = factory.buildSolver().solve(new MatchingPlan(staff, requests, weights.overrides()));

        assertThat(solved.getScore().isFeasible()).as("score %s", solved.getScore()).isTrue();
    }
}
