package io.tsunagu.matching.bench;

import ai.timefold.solver.core.api.score.ScoreExplanation;
import ai.timefold.solver.core.api.score.buildin.hardmediumsoft.HardMediumSoftScore;
import ai.timefold.solver.core.api.score.constraint.ConstraintMatch;
import ai.timefold.solver.core.api.score.constraint.Indictment;
import ai.timefold.solver.core.api.solver.SolutionManager;
import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.config.solver.SolverConfig;
import io.tsunagu.matching.domain.FreeStaff;
import io.tsunagu.matching.domain.MatchingPlan;
import io.tsunagu.matching.domain.WaitingRequest;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One matching round the way {@code assignment.Assigner} runs it once the queue and the free staff are read: build
 * a solver, solve, explain the solution, and choose the assignments to offer — every assigned request whose
 * indictment breaks no hard constraint, with its score per constraint as the offer's reasons. What the service
 * does around it (reading PostgreSQL, asking staff-directory, writing the offers) is not in here.
 */
final class RoundSolver {

    private final SolverFactory<MatchingPlan> solverFactory;
    private final SolutionManager<MatchingPlan, HardMediumSoftScore> solutionManager;

    RoundSolver(SolverConfig config) {
        this.solverFactory = SolverFactory.create(config);
        this.solutionManager = SolutionManager.create(solverFactory);
    }

    /** The offers a round on this queue and these free staff would make, each request with its staff member. */
    Map<WaitingRequest, FreeStaff> offers(List<FreeStaff> free, List<WaitingRequest> waiting) {
        MatchingPlan solved = solverFactory.buildSolver().solve(new MatchingPlan(free, waiting));
        ScoreExplanation<MatchingPlan, HardMediumSoftScore> explanation = solutionManager.explain(solved);
        Map<WaitingRequest, FreeStaff> offers = new LinkedHashMap<>();
        for (WaitingRequest request : solved.getRequests()) {
            if (request.getStaff() == null) {
                continue;
            }
            Indictment<HardMediumSoftScore> indictment = explanation.getIndictmentMap().get(request);
            if (indictment != null && indictment.getScore().hardScore() < 0) {
                continue;
            }
            reasons(indictment);
            offers.put(request, request.getStaff());
        }
        return offers;
    }

    /** The offer's score per constraint, as the service stores it; built so that its cost is measured too. */
    private static Map<String, HardMediumSoftScore> reasons(Indictment<HardMediumSoftScore> indictment) {
        Map<String, HardMediumSoftScore> byConstraint = new TreeMap<>();
        if (indictment != null) {
            for (ConstraintMatch<HardMediumSoftScore> match : indictment.getConstraintMatchSet()) {
                byConstraint.merge(match.getConstraintRef().constraintName(), match.getScore(), HardMediumSoftScore::add);
            }
        }
        return byConstraint;
    }
}
