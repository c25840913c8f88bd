package io.tsunagu.matching.yardstick;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoft.HardMediumSoftScore;
import io.tsunagu.matching.domain.FreeStaff;
import io.tsunagu.matching.domain.WaitingRequest;
import io.tsunagu.matching.solver.PairScore;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * The exact optimum of a matching round under the linear part of the score ({@link PairScore}): the yardstick
 * the solver is measured against. Each free slot of a staff member is a row, each waiting request a column;
 * language and "declined before" are forbidden pairs, and capacity is the number of rows.
 *
 * <p>The solver's score is lexicographic — leave as little waiting cost unassigned as possible (medium),
 * then the best expertise fit (soft) — so a pair is worth waiting cost × a weight larger than any difference
 * in total fit, plus its fit.
 */
public final class MatchingOptimum {

    private final Map<WaitingRequest, FreeStaff> staffOfRequest;
    private final HardMediumSoftScore score;

    private MatchingOptimum(Map<WaitingRequest, FreeStaff> staffOfRequest, HardMediumSoftScore score) {
        this.staffOfRequest = staffOfRequest;
        this.score = score;
    }

    public static MatchingOptimum of(List<FreeStaff> staff, List<WaitingRequest> requests) {
        List<FreeStaff> slots = new ArrayList<>();
        for (FreeStaff member : staff) {
            slots.addAll(Collections.nCopies(member.capacity(), member));
        }
        long fitWeight = fitWeight(staff, requests);
        Assignment assignment = LinearAssignment.maximize(slots.size(), requests.size(), (row, column) -> {
            FreeStaff member = slots.get(row);
            WaitingRequest request = requests.get(column);
            if (!PairScore.allowed(request, member)) {
                return PairProfit.FORBIDDEN;
            }
            return Math.addExact(Math.multiplyExact(PairScore.waitingCost(request), fitWeight),
                    PairScore.expertiseFit(request, member));
        });

        Map<WaitingRequest, FreeStaff> staffOfRequest = new IdentityHashMap<>();
        long fit = 0;
        for (int row = 0; row < slots.size(); row++) {
            int column = assignment.columnOf(row);
            if (column != Assignment.UNASSIGNED) {
                WaitingRequest request = requests.get(column);
                staffOfRequest.put(request, slots.get(row));
                fit += PairScore.expertiseFit(request, slots.get(row));
            }
        }
        long unassignedWaitingCost = 0;
        for (WaitingRequest request : requests) {
            if (!staffOfRequest.containsKey(request)) {
                unassignedWaitingCost += PairScore.waitingCost(request);
            }
        }
        return new MatchingOptimum(staffOfRequest,
                HardMediumSoftScore.of(0, Math.toIntExact(-unassignedWaitingCost), Math.toIntExact(fit)));
    }

    /**
     * Larger than the widest gap in total fit between any two assignments, so that one more second of waiting
     * cost served always outweighs any fit: twice the sum over requests of their largest |fit|, plus one.
     */
    private static long fitWeight(List<FreeStaff> staff, List<WaitingRequest> requests) {
        long bound = 0;
        for (WaitingRequest request : requests) {
            long largest = 0;
            for (FreeStaff member : staff) {
                largest = Math.max(largest, Math.abs((long) PairScore.expertiseFit(request, member)));
            }
            bound += largest;
        }
        return 2 * bound + 1;
    }

    /** The staff member the optimum gives {@code request} to, or null when it stays waiting. */
    public FreeStaff staffOf(WaitingRequest request) {
        return staffOfRequest.get(request);
    }

    /** The best score the solver could reach on this round. */
    public HardMediumSoftScore score() {
        return score;
    }
}
