package io.tsunagu.matching.solver;

import io.tsunagu.matching.domain.FreeStaff;
import io.tsunagu.matching.domain.WaitingRequest;

import java.util.Map;

/**
 * The linear part of the matching score: what one request and one staff member decide on their own. The
 * constraint provider scores with these functions and the exact yardstick maximizes them, so the benchmark's
 * optimum is the optimum of the very score the solver works on. The rewards are in the same unit, so that a
 * manager's weights (see {@code weights}) compare like with like: 1,000 is what a level-5 expert is worth for an
 * interest of score 2.
 */
public final class PairScore {

    /** Expertise fit is a sum of score × level; scaled so that fractional scores still count in an int score. */
    static final int FIT_SCALE = 100;
    /** Reward for the staff member the shopper talked with last time. */
    public static final int CONTINUITY_REWARD = 1000;
    /** Reward for a staff member of the shopper's usual store, before it fades with the wait. */
    public static final int STORE_AFFINITY_REWARD = 1000;
    /** The highest expertise level, which makes a fit "perfect" when normalized. */
    public static final int MAX_LEVEL = 5;
    /** The channel that needs no capability: the shopper comes to the store. */
    private static final String IN_STORE = "IN_STORE";

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

    /** Hard: the staff member can talk on the channel the shopper chose (in-store needs no capability). */
    public static boolean servesChannel(WaitingRequest request, FreeStaff staff) {
        String channel = request.getChannel();
        return channel == null || IN_STORE.equals(channel) || staff.serves(channel);
    }

    /** Hard: the staff member's level in the shopper's strongest interest reaches what the request requires now. */
    public static boolean meetsMinimumLevel(WaitingRequest request, FreeStaff staff) {
        return request.getRequiredTag() == null || request.getMinimumLevel() <= 0
                || staff.levelIn(request.getRequiredTag()) >= request.getMinimumLevel();
    }

    /** Hard: a request made from a booking goes to the booked staff member only. */
    public static boolean bookedWithOther(WaitingRequest request, FreeStaff staff) {
        return request.getBookedStaff() != null && !request.getBookedStaff().equals(staff.getUsername());
    }

    /** Whether the pair passes every hard filter that depends on the pair alone (capacity is not one). */
    public static boolean allowed(WaitingRequest request, FreeStaff staff) {
        return speaksLanguage(request, staff) && !declinedBefore(request, staff)
                && servesChannel(request, staff) && meetsMinimumLevel(request, staff)
                && !bookedWithOther(request, staff);
    }

    /** Soft reward: Σ over the shopper's interests of score × the staff member's level in that tag, scaled. */
    public static int expertiseFit(WaitingRequest request, FreeStaff staff) {
        double fit = 0;
        for (Map.Entry<String, Double> interest : request.getInterests().entrySet()) {
            fit += interest.getValue() * staff.levelIn(interest.getKey());
        }
        return (int) Math.round(fit * FIT_SCALE);
    }

    /** The fit as a share of a perfect one (level 5 in every interest), 0–1; 0 without interests. */
    public static double normalizedFit(WaitingRequest request, FreeStaff staff) {
        double total = request.getInterests().values().stream().mapToDouble(Math::abs).sum();
        if (total == 0) {
            return 0;
        }
        double fit = 0;
        for (Map.Entry<String, Double> interest : request.getInterests().entrySet()) {
            fit += interest.getValue() * staff.levelIn(interest.getKey());
        }
        return Math.max(0, Math.min(1, fit / (total * MAX_LEVEL)));
    }

    /** Soft reward: the shopper meets the staff member of their last consultation again. */
    public static int continuity(WaitingRequest request, FreeStaff staff) {
        return staff.getUsername().equals(request.getPreviousStaff()) ? CONTINUITY_REWARD : 0;
    }

    /** Soft reward: the staff member works in the shopper's usual store; fades as the shopper waits. */
    public static int storeAffinity(WaitingRequest request, FreeStaff staff) {
        return request.getUsualStoreId() != null && request.getUsualStoreId().equals(staff.getStoreId())
                ? STORE_AFFINITY_REWARD * request.getStoreAffinityPercent() / 100
                : 0;
    }

    /** The pair's whole linear soft reward at unit weights: fit, continuity and store affinity. */
    public static int linearReward(WaitingRequest request, FreeStaff staff) {
        return expertiseFit(request, staff) + continuity(request, staff) + storeAffinity(request, staff);
    }

    /** Medium penalty of leaving the request unassigned: grows with the wait, and is never zero. */
    public static int waitingCost(WaitingRequest request) {
        return (int) Math.min(Integer.MAX_VALUE, request.getSecondsWaited() + 1);
    }
}
