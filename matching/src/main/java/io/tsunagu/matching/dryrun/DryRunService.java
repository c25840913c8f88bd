package io.tsunagu.matching.dryrun;

import ai.timefold.solver.core.api.score.ScoreExplanation;
import ai.timefold.solver.core.api.score.buildin.hardmediumsoft.HardMediumSoftScore;
import ai.timefold.solver.core.api.score.constraint.Indictment;
import ai.timefold.solver.core.api.solver.SolutionManager;
import ai.timefold.solver.core.api.solver.SolverFactory;
import io.tsunagu.matching.assignment.RoundLoader;
import io.tsunagu.matching.domain.FreeStaff;
import io.tsunagu.matching.domain.MatchingPlan;
import io.tsunagu.matching.domain.WaitingRequest;
import io.tsunagu.matching.solver.PairScore;
import io.tsunagu.matching.weights.WeightService;
import io.tsunagu.matching.weights.Weights;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * Solves the current queue twice, with the saved weights and with a manager's candidate weights, and compares.
 * It only reads: no offer is made, no presence set, no weight saved.
 */
@ApplicationScoped
public class DryRunService {

    private final RoundLoader loader;
    private final WeightService weights;
    private final SolverFactory<MatchingPlan> solverFactory;
    private final SolutionManager<MatchingPlan, HardMediumSoftScore> solutionManager;

    DryRunService(RoundLoader loader, WeightService weights, SolverFactory<MatchingPlan> solverFactory,
                  SolutionManager<MatchingPlan, HardMediumSoftScore> solutionManager) {
        this.loader = loader;
        this.weights = weights;
        this.solverFactory = solverFactory;
        this.solutionManager = solutionManager;
    }

    public DryRunView run(Weights candidate) {
        RoundLoader.Round round = loader.load(Instant.now());
        Map<UUID, String> current = solve(round, weights.current());
        Map<UUID, String> proposed = solve(round, candidate);
        DryRunView.Outcome currentOutcome = outcome(round, current);
        DryRunView.Outcome candidateOutcome = outcome(round, proposed);
        List<DryRunView.Change> changed = new ArrayList<>();
        for (WaitingRequest request : round.requests()) {
            String from = current.get(request.getId());
            String to = proposed.get(request.getId());
            if (!Objects.equals(from, to)) {
                changed.add(new DryRunView.Change(request.getId(), from, to));
            }
        }
        return new DryRunView(round.requests().size(), currentOutcome, candidateOutcome,
                deltas(currentOutcome.kpis(), candidateOutcome.kpis()), changed);
    }

    /** Request id → staff user name, for the assignments the matching loop would turn into offers. */
    private Map<UUID, String> solve(RoundLoader.Round round, Weights with) {
        if (round.isEmpty()) {
            return Map.of();
        }
        // Each solve gets its own copies: the solver assigns the entities it is given.
        List<WaitingRequest> requests = round.requests().stream().map(WaitingRequest::unassignedCopy).toList();
        MatchingPlan solved = solverFactory.buildSolver().solve(new MatchingPlan(round.staff(), requests, with.overrides()));
        ScoreExplanation<MatchingPlan, HardMediumSoftScore> explanation = solutionManager.explain(solved);
        Map<UUID, String> assigned = new LinkedHashMap<>();
        for (WaitingRequest request : solved.getRequests()) {
            Indictment<HardMediumSoftScore> indictment = explanation.getIndictmentMap().get(request);
            // Like the matching loop, an assignment that breaks a hard constraint would not become an offer.
            if (request.getStaff() != null && (indictment == null || indictment.getScore().hardScore() >= 0)) {
                assigned.put(request.getId(), request.getStaff().getUsername());
            }
        }
        return assigned;
    }

    private static DryRunView.Outcome outcome(RoundLoader.Round round, Map<UUID, String> assigned) {
        Map<String, FreeStaff> staffByName = new HashMap<>();
        round.staff().forEach(member -> staffByName.put(member.getUsername(), member));
        List<DryRunView.Assignment> assignments = new ArrayList<>();
        Map<String, Long> load = new HashMap<>();
        round.staff().forEach(member -> load.put(member.getUsername(), (long) member.getRecentLoad()));
        double fitSum = 0;
        long maxWait = 0;
        for (WaitingRequest request : round.requests()) {
            String username = assigned.get(request.getId());
            if (username == null) {
                maxWait = Math.max(maxWait, request.getSecondsWaited());
                continue;
            }
            double fit = PairScore.normalizedFit(request, staffByName.get(username));
            fitSum += fit;
            assignments.add(new DryRunView.Assignment(request.getId(), username, round3(fit)));
            load.merge(username, 1L, Long::sum);
        }
        double meanFit = assignments.isEmpty() ? 0 : fitSum / assignments.size();
        long maxLoad = load.values().stream().mapToLong(Long::longValue).max().orElse(0);
        long minLoad = load.values().stream().mapToLong(Long::longValue).min().orElse(0);
        return new DryRunView.Outcome(assignments, new DryRunView.Kpis(assignments.size(), round3(meanFit), maxWait,
                round3((maxLoad + 1.0) / (minLoad + 1.0))));
    }

    private static DryRunView.Kpis deltas(DryRunView.Kpis current, DryRunView.Kpis candidate) {
        return new DryRunView.Kpis(candidate.assigned() - current.assigned(),
                round3(candidate.meanFit() - current.meanFit()),
                candidate.maxWaitSeconds() - current.maxWaitSeconds(),
                round3(candidate.loadMaxMin() - current.loadMaxMin()));
    }

    private static double round3(double value) {
        return Math.round(value * 1000) / 1000.0;
    }
}
