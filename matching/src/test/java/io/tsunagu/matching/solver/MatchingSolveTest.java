package io.tsunagu.matching.solver;

import ai.timefold.solver.core.api.solver.SolverFactory;
import io.quarkus.test.junit.QuarkusTest;
import io.tsunagu.matching.domain.FreeStaff;
import io.tsunagu.matching.domain.MatchingPlan;
import io.tsunagu.matching.domain.WaitingRequest;
import io.tsunagu.matching.support.DemoStaff;
import io.tsunagu.matching.client.StaffMember;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** A whole solve with the configured solver on demo-like data. */
@QuarkusTest
class MatchingSolveTest {

    private static final UUID CLIMBER = UUID.randomUUID();
    private static final UUID SKIER = UUID.randomUUID();
    private static final UUID CITY_WALKER = UUID.randomUUID();
    private static final UUID CHINESE_SPEAKER = UUID.randomUUID();

    @Inject
    SolverFactory<MatchingPlan> solverFactory;

    private static FreeStaff free(StaffMember member) {
        return new FreeStaff(member.username(), member.storeId(), new HashSet<>(member.languages()),
                member.expertiseLevels(), member.maxConcurrent(), true);
    }

    @Test
    void theMountaineeringShopperGoesToAoiAndTheSolutionIsFeasible() {
        List<FreeStaff> staff = List.of(free(DemoStaff.AOI), free(DemoStaff.REN), free(DemoStaff.HANA));
        List<WaitingRequest> requests = List.of(
                new WaitingRequest(CITY_WALKER, "ja", Map.of("townwear", 3.0), Set.of(), 5),
                new WaitingRequest(SKIER, "ja", Map.of("skiing", 2.5, "mountaineering", 0.5), Set.of(), 20),
                new WaitingRequest(CLIMBER, "ja", Map.of("mountaineering", 2.0, "rainwear", 1.0), Set.of(), 10));

        MatchingPlan solved = solverFactory.buildSolver().solve(new MatchingPlan(staff, requests));

        assertThat(solved.getScore().isFeasible()).as("score %s", solved.getScore()).isTrue();
        assertThat(assignee(solved, CLIMBER)).isEqualTo(DemoStaff.AOI.username());
        assertThat(assignee(solved, SKIER)).isEqualTo(DemoStaff.HANA.username());
        assertThat(assignee(solved, CITY_WALKER)).isEqualTo(DemoStaff.REN.username());
    }

    @Test
    void aRequestNobodyCanTakeStaysUnassignedRatherThanBreakingAHardConstraint() {
        List<FreeStaff> staff = List.of(free(DemoStaff.AOI), free(DemoStaff.REN));
        List<WaitingRequest> requests = List.of(
                new WaitingRequest(CHINESE_SPEAKER, "zh", Map.of("mountaineering", 1.0), Set.of(), 60),
                new WaitingRequest(CLIMBER, "ja", Map.of("mountaineering", 2.0), Set.of(DemoStaff.AOI.username()), 30));

        MatchingPlan solved = solverFactory.buildSolver().solve(new MatchingPlan(staff, requests));

        assertThat(solved.getScore().isFeasible()).as("score %s", solved.getScore()).isTrue();
        assertThat(assignee(solved, CHINESE_SPEAKER)).isNull();
        assertThat(assignee(solved, CLIMBER)).isEqualTo(DemoStaff.REN.username());
    }

    private static String assignee(MatchingPlan solved, UUID requestId) {
        return solved.getRequests().stream().filter(request -> request.getId().equals(requestId)).findFirst()
                .map(WaitingRequest::getStaff).map(FreeStaff::getUsername).orElse(null);
    }
}
