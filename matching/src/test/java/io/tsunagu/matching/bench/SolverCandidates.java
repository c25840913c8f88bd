package io.tsunagu.matching.bench;

import ai.timefold.solver.core.config.solver.SolverConfig;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Solver configurations tried against Timefold's defaults, as the XML a {@code solverConfig.xml} would hold (the
 * benchmark adds the termination). Timefold's guidance for assignment problems: a construction heuristic that
 * places the most difficult entities first, and tabu search or late acceptance over change and swap moves. Nearby
 * selection and multi-threaded solving are not in the community edition, so they are not tried.
 */
final class SolverCandidates {

    private static final String MODEL = """
            <solutionClass>io.tsunagu.matching.domain.MatchingPlan</solutionClass>
            <entityClass>io.tsunagu.matching.domain.WaitingRequest</entityClass>
            <scoreDirectorFactory>
              <constraintProviderClass>io.tsunagu.matching.solver.MatchingConstraintProvider</constraintProviderClass>
            </scoreDirectorFactory>
            """;

    /** First fit over the requests sorted longest-waiting first (the medium level's order). */
    private static final String LONGEST_WAITING_FIRST_FIT = """
            <constructionHeuristic>
              <queuedEntityPlacer>
                <entitySelector id="placerEntitySelector">
                  <cacheType>PHASE</cacheType>
                  <selectionOrder>SORTED</selectionOrder>
                  <sorterComparatorClass>io.tsunagu.matching.bench.LongestWaitingFirst</sorterComparatorClass>
                  <sorterOrder>DESCENDING</sorterOrder>
                </entitySelector>
                <changeMoveSelector>
                  <entitySelector mimicSelectorRef="placerEntitySelector"/>
                </changeMoveSelector>
              </queuedEntityPlacer>
            </constructionHeuristic>
            """;

    private SolverCandidates() {
    }

    static Map<String, SolverConfig> all() {
        Map<String, SolverConfig> candidates = new LinkedHashMap<>();
        candidates.put("Timefold defaults (first fit, late acceptance)", SolverSetup.defaults());
        candidates.put("first fit longest-waiting first, late acceptance",
                parse(LONGEST_WAITING_FIRST_FIT + "<localSearch/>"));
        candidates.put("first fit longest-waiting first, tabu search",
                parse(LONGEST_WAITING_FIRST_FIT + "<localSearch><localSearchType>TABU_SEARCH</localSearchType></localSearch>"));
        candidates.put("yardstick start (OptimumStart), late acceptance", parse("""
                <customPhase>
                  <customPhaseCommandClass>io.tsunagu.matching.yardstick.OptimumStart</customPhaseCommandClass>
                </customPhase>
                <localSearch/>
                """));
        return candidates;
    }

    static SolverConfig parse(String phases) {
        String xml = "<solver xmlns=\"https://timefold.ai/xsd/solver\">" + MODEL + phases + "</solver>";
        return SolverConfig.createFromXmlInputStream(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }
}
