package io.tsunagu.matching.solver;

import io.tsunagu.matching.domain.FreeStaff;
import io.tsunagu.matching.domain.WaitingRequest;

import java.time.Duration;
import java.util.List;

/**
 * Requirements that widen as a shopper waits, like the steps of a contact centre's routing workflow: before the
 * first step a request needs a staff member with a high level in the shopper's strongest interest and rewards
 * their usual store fully; after each step the minimum level drops and the store's pull fades.
 */
public final class Relaxation {

    private final List<Duration> after;
    private final List<Integer> minimumLevel;
    private final List<Integer> storeAffinityPercent;

    /**
     * @param after                waits after which the next step starts, ascending
     * @param minimumLevel         the minimum level before the first step and after each one (one more than steps)
     * @param storeAffinityPercent the store affinity that still counts, likewise
     */
    public Relaxation(List<Duration> after, List<Integer> minimumLevel, List<Integer> storeAffinityPercent) {
        if (minimumLevel.size() != after.size() + 1 || storeAffinityPercent.size() != after.size() + 1) {
            throw new IllegalArgumentException("relaxation: " + after.size() + " steps need " + (after.size() + 1)
                    + " minimum levels and store affinities, got " + minimumLevel + " and " + storeAffinityPercent);
        }
        for (int step = 1; step < after.size(); step++) {
            if (after.get(step).compareTo(after.get(step - 1)) <= 0) {
                throw new IllegalArgumentException("relaxation: the waits must ascend, got " + after);
            }
        }
        this.after = List.copyOf(after);
        this.minimumLevel = List.copyOf(minimumLevel);
        this.storeAffinityPercent = List.copyOf(storeAffinityPercent);
    }

    /** No relaxation at all: no minimum level, full store affinity. */
    public static Relaxation none() {
        return new Relaxation(List.of(), List.of(0), List.of(WaitingRequest.FULL_AFFINITY_PERCENT));
    }

    /** How many steps a shopper who waited this long has passed. */
    public int step(long secondsWaited) {
        int step = 0;
        while (step < after.size() && secondsWaited >= after.get(step).toSeconds()) {
            step++;
        }
        return step;
    }

    public int minimumLevel(long secondsWaited) {
        return minimumLevel.get(step(secondsWaited));
    }

    public int storeAffinityPercent(long secondsWaited) {
        return storeAffinityPercent.get(step(secondsWaited));
    }

    /**
     * Sets each request's requirements for its wait. The minimum level never exceeds the best level among the
     * free staff who could otherwise take the request: a requirement nobody free can meet would only keep the
     * shopper waiting, which is what the steps are there to bound, not to lengthen.
     */
    public void apply(List<WaitingRequest> requests, List<FreeStaff> staff) {
        for (WaitingRequest request : requests) {
            int required = minimumLevel(request.getSecondsWaited());
            int bestFree = 0;
            if (request.getRequiredTag() != null) {
                for (FreeStaff candidate : staff) {
                    if (candidate.capacity() > 0 && PairScore.speaksLanguage(request, candidate)
                            && !PairScore.declinedBefore(request, candidate) && PairScore.servesChannel(request, candidate)) {
                        bestFree = Math.max(bestFree, candidate.levelIn(request.getRequiredTag()));
                    }
                }
            }
            request.relax(Math.min(required, bestFree), storeAffinityPercent(request.getSecondsWaited()));
        }
    }
}
