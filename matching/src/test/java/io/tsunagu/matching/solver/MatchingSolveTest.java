package io.tsunagu.matching.solver;

import ai.timefold.solver.core.api.solver.SolverFactory;
import io.quarkus.test.junit.QuarkusTest;
import io.tsunagu.matching.domain.FreeStaff;
import io.tsunagu.matching.domain.MatchingPlan;
import io.tsunagu.matching.domain.WaitingRequest;
import io.tsunagu.matching.support.DemoStaff;
import io.tsunagu.matching.client.StaffMember;
import io.tsunagu.matching.weights.Weight;
import io.tsunagu.matching.weights.Weights;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** A whole solve with the configured solver on demo-like data. */
@QuarkusTest
class MatchingSolveTest {

    private static final UUID CLIMBER = UUID.randomUUID();
    private static final UUID SKIER = UUID.randomUUID();
    private static final UUID CITY_WALKER = UUID.randomUUID();
    private static final UUID CHINESE_SPEAKER = UUID.randomUUID();

    private static final Weights DEFAULT_WEIGHTS = new Weights(Map.of(Weight.EXPERTISE_FIT, 10, Weight.WAITING_TIME, 2,
            Weight.CONTINUITY, 5, Weight.STORE_AFFINITY, 3, Weight.FAIR_LOAD, 1, Weight.SHIFT_END, 5));

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

    /**
     * A busy afternoon on demo-like data: six staff in three stores with the new facts (channels, shift ends, recent
     * load) and eight shoppers (languages, channels, history, waits), solved with the default weights.
     */
    @Test
    void aDemoLikeRoundWithEveryConstraintAndTheDefaultWeightsIsFeasible() {
        FreeStaff aoi = new FreeStaff("aoi", "tokyo", Set.of("ja", "en"), Map.of("mountaineering", 5, "camping", 3), 2,
                true, Set.of("VIDEO", "VOICE", "CHAT"), true, 0, 3);
        FreeStaff ren = new FreeStaff("ren", "osaka", Set.of("ja"), Map.of("trail-running", 4, "townwear", 4), 1,
                true, Set.of("CHAT"), true, 0, 1);
        FreeStaff hana = new FreeStaff("hana", "sapporo", Set.of("ja", "en", "zh"), Map.of("skiing", 5, "mountaineering", 2), 1,
                true, Set.of("VIDEO", "VOICE", "CHAT"), true, 0, 0);
        FreeStaff yui = new FreeStaff("yui", "tokyo", Set.of("ja"), Map.of("camping", 5, "rainwear", 4), 1,
                true, Set.of("VIDEO", "VOICE"), true, 600, 0);
        FreeStaff kai = new FreeStaff("kai", "osaka", Set.of("ja", "en"), Map.of("townwear", 3, "running", 5), 1,
                true, Set.of("VIDEO", "CHAT"), true, 0, 2);
        FreeStaff offShift = new FreeStaff("sora-store", "tokyo", Set.of("ja", "en", "zh"), Map.of("mountaineering", 5), 1,
                true, Set.of("VIDEO", "VOICE", "CHAT"), false, 0, 0);
        List<FreeStaff> staff = List.of(aoi, ren, hana, yui, kai, offShift);
        UUID returningSkier = UUID.randomUUID();
        UUID chatRunner = UUID.randomUUID();
        UUID chineseSpeaker = UUID.randomUUID();
        List<WaitingRequest> requests = List.of(
                new WaitingRequest(CLIMBER, "ja", "VIDEO", Map.of("mountaineering", 2.0, "rainwear", 1.0), Set.of(), 40, null, null),
                new WaitingRequest(returningSkier, "en", "VIDEO", Map.of("skiing", 1.5), Set.of(), 10, "hana", "sapporo"),
                new WaitingRequest(chatRunner, "ja", "CHAT", Map.of("trail-running", 2.0), Set.of(), 25, null, "osaka"),
                new WaitingRequest(chineseSpeaker, "zh", "VOICE", Map.of("skiing", 0.5), Set.of("hana"), 95, null, null),
                new WaitingRequest(CITY_WALKER, "ja", "VIDEO", Map.of("townwear", 3.0), Set.of(), 5, null, "osaka"),
                new WaitingRequest(UUID.randomUUID(), "ja", "IN_STORE", Map.of("camping", 2.0), Set.of(), 120, "yui", "tokyo"),
                new WaitingRequest(UUID.randomUUID(), "en", "VOICE", Map.of(), Set.of(), 2, null, null),
                new WaitingRequest(SKIER, "ja", "VIDEO", Map.of("skiing", 2.0, "mountaineering", 1.0), Set.of(), 100, null, null));
        new Relaxation(List.of(Duration.ofSeconds(30), Duration.ofSeconds(90)), List.of(3, 2, 0), List.of(100, 50, 0))
                .apply(requests, staff);

        MatchingPlan solved = solverFactory.buildSolver().solve(new MatchingPlan(staff, requests, DEFAULT_WEIGHTS.overrides()));

        assertThat(solved.getScore().isFeasible()).as("score %s", solved.getScore()).isTrue();
        assertThat(assignee(solved, chineseSpeaker)).as("only hana speaks zh, and she declined it").isNull();
        assertThat(assignee(solved, chatRunner)).as("chat, and trail running at level 3 or more").isEqualTo("ren");
        assertThat(assignee(solved, returningSkier)).as("continuity and expertise agree").isEqualTo("hana");
        Map<String, Long> load = solved.getRequests().stream().filter(request -> request.getStaff() != null)
                .collect(Collectors.groupingBy(request -> request.getStaff().getUsername(), Collectors.counting()));
        staff.forEach(member -> assertThat(load.getOrDefault(member.getUsername(), 0L))
                .as("%s within capacity", member).isLessThanOrEqualTo(member.capacity()));
        // Six slots on shift for seven shoppers who could be served: every slot is used.
        assertThat(load.values().stream().mapToLong(Long::longValue).sum()).isEqualTo(6);
    }

    private static String assignee(MatchingPlan solved, UUID requestId) {
        return solved.getRequests().stream().filter(request -> request.getId().equals(requestId)).findFirst()
                .map(WaitingRequest::getStaff).map(FreeStaff::getUsername).orElse(null);
    }
}
