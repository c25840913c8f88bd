package io.tsunagu.matching.domain;

import ai.timefold.solver.core.api.domain.solution.ConstraintWeightOverrides;
import ai.timefold.solver.core.api.domain.solution.PlanningEntityCollectionProperty;
import ai.timefold.solver.core.api.domain.solution.PlanningScore;
import ai.timefold.solver.core.api.domain.solution.PlanningSolution;
import ai.timefold.solver.core.api.domain.solution.ProblemFactCollectionProperty;
import ai.timefold.solver.core.api.domain.valuerange.ValueRangeProvider;
import ai.timefold.solver.core.api.score.buildin.hardmediumsoft.HardMediumSoftScore;

import java.util.List;

/** One matching round: the free staff and the waiting requests, and after solving who takes which. */
@PlanningSolution
public class MatchingPlan {

    @ProblemFactCollectionProperty
    @ValueRangeProvider
    private List<FreeStaff> staff;

    @PlanningEntityCollectionProperty
    private List<WaitingRequest> requests;

    /** The managers' weights of the soft constraints for this round; none means the provider's defaults. */
    private ConstraintWeightOverrides<HardMediumSoftScore> constraintWeightOverrides = ConstraintWeightOverrides.none();

    @PlanningScore
    private HardMediumSoftScore score;

    public MatchingPlan() {
    }

    public MatchingPlan(List<FreeStaff> staff, List<WaitingRequest> requests) {
        this.staff = staff;
        this.requests = requests;
    }

    public MatchingPlan(List<FreeStaff> staff, List<WaitingRequest> requests,
                        ConstraintWeightOverrides<HardMediumSoftScore> constraintWeightOverrides) {
        this(staff, requests);
        this.constraintWeightOverrides = constraintWeightOverrides;
    }

    public List<FreeStaff> getStaff() {
        return staff;
    }

    public List<WaitingRequest> getRequests() {
        return requests;
    }

    public ConstraintWeightOverrides<HardMediumSoftScore> getConstraintWeightOverrides() {
        return constraintWeightOverrides;
    }

    public void setConstraintWeightOverrides(ConstraintWeightOverrides<HardMediumSoftScore> constraintWeightOverrides) {
        this.constraintWeightOverrides = constraintWeightOverrides;
    }

    public HardMediumSoftScore getScore() {
        return score;
    }

    public void setScore(HardMediumSoftScore score) {
        this.score = score;
    }
}
