package io.tsunagu.matching.assignment;

import ai.timefold.solver.core.api.score.ScoreExplanation;
import ai.timefold.solver.core.api.score.buildin.hardmediumsoft.HardMediumSoftScore;
import ai.timefold.solver.core.api.score.constraint.Indictment;
import ai.timefold.solver.core.api.solver.SolutionManager;
import ai.timefold.solver.core.api.solver.SolverFactory;
import io.tsunagu.matching.domain.FreeStaff;
import io.tsunagu.matching.domain.MatchingPlan;
import io.tsunagu.matching.domain.WaitingRequest;
import io.tsunagu.matching.explanation.Explanations;
import io.tsunagu.matching.explanation.TagNames;
import io.tsunagu.matching.offer.OfferService;
import io.tsunagu.matching.weights.WeightService;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.time.Instant;
import java.util.List;

/** One matching round: read the queue and the free staff, solve, and turn each assignment into an offer. */
@ApplicationScoped
public class Assigner {

    private static final Logger LOG = Logger.getLogger(Assigner.class);

    private final RoundLoader loader;
    private final SolverFactory<MatchingPlan> solverFactory;
    private final SolutionManager<MatchingPlan, HardMediumSoftScore> solutionManager;
    private final OfferService offerService;
    private final WeightService weights;
    private final TagNames tagNames;

    Assigner(RoundLoader loader, SolverFactory<MatchingPlan> solverFactory,
             SolutionManager<MatchingPlan, HardMediumSoftScore> solutionManager, OfferService offerService,
             WeightService weights, TagNames tagNames) {
        this.loader = loader;
        this.solverFactory = solverFactory;
        this.solutionManager = solutionManager;
        this.offerService = offerService;
        this.weights = weights;
        this.tagNames = tagNames;
    }

    /** Runs one round and answers how many offers it made. */
    public int assignWaitingRequests() {
        RoundLoader.Round round = loader.load(Instant.now());
        if (round.isEmpty()) {
            return 0;
        }
        List<WaitingRequest> waiting = round.requests();
        List<FreeStaff> free = round.staff();
        MatchingPlan solved = solverFactory.buildSolver().solve(new MatchingPlan(free, waiting, weights.current().overrides()));
        ScoreExplanation<MatchingPlan, HardMediumSoftScore> explanation = solutionManager.explain(solved);
        int made = 0;
        for (WaitingRequest request : solved.getRequests()) {
            if (request.getStaff() == null) {
                continue;
            }
            Indictment<HardMediumSoftScore> indictment = explanation.getIndictmentMap().get(request);
            if (indictment != null && indictment.getScore().hardScore() < 0) {
                // The time limit can end a round before the solver repaired every assignment.
                LOG.warnf("not offering %s: it breaks a hard constraint (%s)", request, indictment.getScore());
                continue;
            }
            try {
                if (offerService.make(request.getId(), round.listed().get(request.getStaff().getUsername()), Explanations.reasons(indictment, request, tagNames::of)).isPresent()) {
                    made++;
                }
            } catch (RuntimeException e) {
                // Another node or an accept got there first; the database's unique index refused a second live offer.
                LOG.infof("offer for %s not made: %s", request, e.toString());
            }
        }
        LOG.debugf("matching round: %d waiting, %d free staff, %d offers, score %s", waiting.size(), free.size(), made, solved.getScore());
        return made;
    }
}
