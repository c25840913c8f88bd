package io.tsunagu.matching.solver;

import io.tsunagu.matching.domain.FreeStaff;
import io.tsunagu.matching.domain.WaitingRequest;

import java.util.Map;

/**
 * The linear part of the matching score: what one request and one staff member decide on their own. The
 * constraint provider scores with these functions and the exact yardstick maximizes them, so the benchmark's
 * optimum is the optimum of the very score the solver works on.
 */
public final class PairScore {

    /** Expertise fit is a sum of score × level; scaled so that fractional scores still count in an int score. */
    static final int FIT_SCALE = 100;

    private PairScore() {
    }

    /** Hard: the staff member speaks the shopper's language. */
    public static boolean speaksLanguage(WaitingRequest request, FreeStaff staff) {
        return staff.speaks(request.getLanguage());
    }

    /** Hard: the staff member declined this request or let its offer expire. */
    public static boolean declinedBefore(WaitingRequest request, FreeStaff staff) {
        return request.declinedBy(staff);
    }

    /** Whether the pair passes every hard filter that depends on the pair alone (capacity is not one). */
    public static boolean allowed(WaitingRequest request, FreeStaff staff) {
        return speaksLanguage(request, staff) && !declinedBefore(request, staff);
    }

    /** Soft reward: Σ over the shopper's interests of score × the staff member's level in that tag, scaled. */
    public static int expertiseFit(WaitingRequest request, FreeStaff staff) {
        double fit = 0;
        for (Map.Entry<String, Double> interest : request.getInterests().entrySet()) {
            fit += interest.getValue() * staff.levelIn(interest.getKey());
        }
        return (int) Math.round(fit * FIT_SCALE);
    }

    /** Medium penalty of leaving the request unassigned: grows with the wait, and is never zero. */
    public static int waitingCost(WaitingRequest request) {
        return (int) Math.min(Integer.MAX_VALUE, request.getSecondsWaited() + 1);
    }
}
