package io.tsunagu.matching.yardstick;

import ai.timefold.solver.core.api.score.director.ScoreDirector;
import ai.timefold.solver.core.api.solver.phase.PhaseCommand;
import io.tsunagu.matching.domain.FreeStaff;
import io.tsunagu.matching.domain.MatchingPlan;
import io.tsunagu.matching.domain.WaitingRequest;
import org.jboss.logging.Logger;

import java.util.function.BooleanSupplier;

/**
 * A solver phase that starts from the exact optimum of the round's linear score ({@link MatchingOptimum}): every
 * request gets the staff member the yardstick gives it, or none. Local search after it only has the parts of the
 * score the yardstick leaves out to improve (fair load, shift end), instead of building an assignment move by move.
 * Used as a {@code customPhase} before {@code localSearch} in a solver configuration.
 * <p>
 * The optimum is taken under the weights the plan carries (the managers' weights, as
 * {@code ConstraintWeightOverrides}), and within the solver's termination: once the spent limit is reached the
 * exact solve stops between two requests and the longest-waiting ones placed so far keep their staff.
 */
public class OptimumStart implements PhaseCommand<MatchingPlan> {

    private static final Logger LOG = Logger.getLogger(OptimumStart.class);

    /** The planning variable of {@link WaitingRequest}. */
    private static final String STAFF = "staff";

    @Override
    public void changeWorkingSolution(ScoreDirector<MatchingPlan> scoreDirector, BooleanSupplier isPhaseTerminated) {
        MatchingPlan plan = scoreDirector.getWorkingSolution();
        MatchingOptimum optimum;
        try {
            optimum = MatchingOptimum.of(plan.getStaff(), plan.getRequests(),
                    LinearWeights.of(plan.getConstraintWeightOverrides()), isPhaseTerminated);
        } catch (ArithmeticException | IllegalArgumentException e) {
            // Extreme weights on a huge round can leave the exact solver's number range: local search alone solves it.
            LOG.warnf("no exact start for %d requests × %d staff: %s", plan.getRequests().size(), plan.getStaff().size(),
                    e.getMessage());
            return;
        }
        for (WaitingRequest request : plan.getRequests()) {
            FreeStaff staff = optimum.staffOf(request);
            if (staff != request.getStaff()) {
                scoreDirector.beforeVariableChanged(request, STAFF);
                request.setStaff(staff);
                scoreDirector.afterVariableChanged(request, STAFF);
            }
        }
        scoreDirector.triggerVariableListeners();
    }
}
