package io.tsunagu.matching.yardstick;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoft.HardMediumSoftScore;
import io.tsunagu.matching.domain.FreeStaff;
import io.tsunagu.matching.domain.WaitingRequest;
import io.tsunagu.matching.solver.PairScore;

import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * The exact optimum of a matching round under the linear part of the score ({@link PairScore}): the yardstick
 * the solver is measured against. Each waiting request is a row, each free slot of a staff member a column;
 * language and "declined before" are forbidden pairs, and capacity is the number of columns.
 *
 * <p>The solver's score is lexicographic — leave as little waiting cost unassigned as possible (medium),
 * then the best linear reward (soft: expertise fit, continuity, store affinity, at unit weights) — so a pair is
 * worth waiting cost × a weight larger than any difference in total reward, plus its reward. Fair load and
 * shift end are not linear and are left out (weight 0 when the score is compared).
 */
public final class MatchingOptimum {

    /** Marks a pair the hard filters rule out in the fit table. */
    private static final int NOT_ALLOWED = Integer.MIN_VALUE;

    private final Map<WaitingRequest, FreeStaff> staffOfRequest;
    private final HardMediumSoftScore score;

    private MatchingOptimum(Map<WaitingRequest, FreeStaff> staffOfRequest, HardMediumSoftScore score) {
        this.staffOfRequest = staffOfRequest;
        this.score = score;
    }

    public static MatchingOptimum of(List<FreeStaff> staff, List<WaitingRequest> requests) {
        // Longest-waiting first: the waiting cost is the dominant, column-free part of a row's profit.
        List<WaitingRequest> longestWaitingFirst = requests.stream()
                .sorted(Comparator.comparingInt(PairScore::waitingCost).reversed())
                .toList();
        int[][] fits = fits(longestWaitingFirst, staff);
        long fitWeight = fitWeight(fits);
        int[] memberOfSlot = staffIndexPerFreeSlot(staff);
        Assignment assignment = LinearAssignment.maximize(longestWaitingFirst.size(), memberOfSlot.length, (row, column) -> {
            int fit = fits[row][memberOfSlot[column]];
            if (fit == NOT_ALLOWED) {
                return PairProfit.FORBIDDEN;
            }
            return Math.addExact(Math.multiplyExact(PairScore.waitingCost(longestWaitingFirst.get(row)), fitWeight), fit);
        });

        Map<WaitingRequest, FreeStaff> staffOfRequest = new IdentityHashMap<>();
        long fit = 0;
        for (int row = 0; row < longestWaitingFirst.size(); row++) {
            int column = assignment.columnOf(row);
            if (column != Assignment.UNASSIGNED) {
                WaitingRequest request = longestWaitingFirst.get(row);
                staffOfRequest.put(request, staff.get(memberOfSlot[column]));
                fit += fits[row][memberOfSlot[column]];
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

    /** One column per free slot: a staff member with capacity c appears c times. */
    private static int[] staffIndexPerFreeSlot(List<FreeStaff> staff) {
        return IntStream.range(0, staff.size())
                .flatMap(member -> IntStream.range(0, staff.get(member).capacity()).map(slot -> member))
                .toArray();
    }

    /**
     * Each request's fit with each staff member, or {@link #NOT_ALLOWED}; computed once, since a member's slots
     * share it.
     */
    private static int[][] fits(List<WaitingRequest> requests, List<FreeStaff> staff) {
        int[][] fits = new int[requests.size()][staff.size()];
        for (int row = 0; row < requests.size(); row++) {
            WaitingRequest request = requests.get(row);
            for (int member = 0; member < staff.size(); member++) {
                FreeStaff candidate = staff.get(member);
                fits[row][member] = PairScore.allowed(request, candidate)
                        ? PairScore.linearReward(request, candidate)
                        : NOT_ALLOWED;
            }
        }
        return fits;
    }

    /**
     * Larger than the widest gap in total fit between any two assignments, so that one more second of waiting
     * cost served always outweighs any fit: twice the sum over requests of their largest |fit|, plus one.
     */
    private static long fitWeight(int[][] fits) {
        long bound = 0;
        for (int[] fitsOfRequest : fits) {
            long largest = 0;
            for (int fit : fitsOfRequest) {
                if (fit != NOT_ALLOWED) {
                    largest = Math.max(largest, Math.abs((long) fit));
                }
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
