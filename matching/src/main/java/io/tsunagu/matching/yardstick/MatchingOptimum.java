package io.tsunagu.matching.yardstick;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoft.HardMediumSoftScore;
import io.tsunagu.matching.domain.FreeStaff;
import io.tsunagu.matching.domain.WaitingRequest;
import io.tsunagu.matching.solver.PairScore;

import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.stream.IntStream;

/**
 * The exact optimum of a matching round under the linear part of the score ({@link PairScore}): the yardstick
 * the solver is measured against. Each waiting request is a row, each free slot of a staff member a column;
 * language and "declined before" are forbidden pairs, and capacity is the number of columns.
 *
 * <p>The solver's score is lexicographic — leave as little waiting cost unassigned as possible (medium),
 * then the best linear reward (soft: expertise fit, continuity, store affinity, each at its {@link LinearWeights}
 * weight) — so a pair is worth waiting cost × a weight larger than any difference in total reward, plus its
 * reward. The waiting weight only scales the medium level, which leaves its order as it is, unless it is 0: then
 * waiting counts for nothing and the rewards alone decide. Fair load and shift end are not linear and are left
 * out (weight 0 when the score is compared).
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

    /** The optimum at unit weights. */
    public static MatchingOptimum of(List<FreeStaff> staff, List<WaitingRequest> requests) {
        return of(staff, requests, LinearWeights.UNIT, () -> false);
    }

    /**
     * The optimum under these weights, or, when {@code stop} says so before the table is solved, the best
     * assignment of the longest-waiting requests placed by then (see {@link LinearAssignment}).
     */
    public static MatchingOptimum of(List<FreeStaff> staff, List<WaitingRequest> requests, LinearWeights weights,
                                     BooleanSupplier stop) {
        Table table = table(staff, requests, weights);
        return table.optimum(table.solve(stop));
    }

    /** The round as the exact solver sees it at unit weights; {@link Table#solve()} is the solver's part alone, for measuring it. */
    public static Table table(List<FreeStaff> staff, List<WaitingRequest> requests) {
        return table(staff, requests, LinearWeights.UNIT);
    }

    static Table table(List<FreeStaff> staff, List<WaitingRequest> requests, LinearWeights weights) {
        // Longest-waiting first: the waiting cost is the dominant, column-free part of a row's profit.
        List<WaitingRequest> longestWaitingFirst = requests.stream()
                .sorted(Comparator.comparingInt(PairScore::waitingCost).reversed())
                .toList();
        int[][] fits = fits(longestWaitingFirst, staff, weights);
        long fitWeight = weights.waitingShopper() == 0 ? 0 : fitWeight(fits);
        int[] memberOfSlot = staffIndexPerFreeSlot(staff);
        int columns = memberOfSlot.length;
        long[] profits = new long[Math.multiplyExact(longestWaitingFirst.size(), columns)];
        for (int row = 0; row < longestWaitingFirst.size(); row++) {
            long waitingProfit = Math.multiplyExact(PairScore.waitingCost(longestWaitingFirst.get(row)), fitWeight);
            int[] fitsOfRow = fits[row];
            for (int column = 0; column < columns; column++) {
                int fit = fitsOfRow[memberOfSlot[column]];
                profits[row * columns + column] = fit == NOT_ALLOWED ? PairProfit.FORBIDDEN : waitingProfit + fit;
            }
        }
        return new Table(staff, requests, longestWaitingFirst, fits, memberOfSlot, profits, weights.waitingShopper());
    }

    /**
     * A round's profit table: requests as rows, longest-waiting first, each free slot of a staff member a column,
     * and each pair worth waiting cost × a weight above any fit difference, plus its fit.
     */
    public static final class Table {

        private final List<FreeStaff> staff;
        private final List<WaitingRequest> requests;
        private final List<WaitingRequest> longestWaitingFirst;
        private final int[][] fits;
        private final int[] memberOfSlot;
        private final long[] profits;
        private final int waitingWeight;

        private Table(List<FreeStaff> staff, List<WaitingRequest> requests, List<WaitingRequest> longestWaitingFirst,
                      int[][] fits, int[] memberOfSlot, long[] profits, int waitingWeight) {
            this.staff = staff;
            this.requests = requests;
            this.longestWaitingFirst = longestWaitingFirst;
            this.fits = fits;
            this.memberOfSlot = memberOfSlot;
            this.profits = profits;
            this.waitingWeight = waitingWeight;
        }

        public int rows() {
            return longestWaitingFirst.size();
        }

        public int columns() {
            return memberOfSlot.length;
        }

        /** Runs the exact solver on the table (the table is not changed, so this can be repeated). */
        public Assignment solve() {
            return solve(() -> false);
        }

        /** The same, cut short once {@code stop} says so (asked before each row). */
        Assignment solve(BooleanSupplier stop) {
            return LinearAssignment.maximize(rows(), columns(), profits, stop);
        }

        /** Reads a solution of this table back as the round's optimum. */
        public MatchingOptimum optimum(Assignment assignment) {
            Map<WaitingRequest, FreeStaff> staffOfRequest = new IdentityHashMap<>();
            long fit = 0;
            for (int row = 0; row < rows(); row++) {
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
                    HardMediumSoftScore.of(0, Math.toIntExact(-unassignedWaitingCost * waitingWeight), Math.toIntExact(fit)));
        }
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
    private static int[][] fits(List<WaitingRequest> requests, List<FreeStaff> staff, LinearWeights weights) {
        int[][] fits = new int[requests.size()][staff.size()];
        for (int row = 0; row < requests.size(); row++) {
            WaitingRequest request = requests.get(row);
            for (int member = 0; member < staff.size(); member++) {
                FreeStaff candidate = staff.get(member);
                fits[row][member] = PairScore.allowed(request, candidate)
                        ? weightedReward(request, candidate, weights)
                        : NOT_ALLOWED;
            }
        }
        return fits;
    }

    /** The pair's linear soft reward with each reward at its weight; at unit weights {@link PairScore#linearReward}. */
    private static int weightedReward(WaitingRequest request, FreeStaff staff, LinearWeights weights) {
        long reward = (long) weights.expertiseFit() * PairScore.expertiseFit(request, staff)
                + (long) weights.continuity() * PairScore.continuity(request, staff)
                + (long) weights.storeAffinity() * PairScore.storeAffinity(request, staff);
        return Math.toIntExact(reward);
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
