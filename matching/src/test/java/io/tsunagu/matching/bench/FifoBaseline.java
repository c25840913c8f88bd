package io.tsunagu.matching.bench;

import io.tsunagu.matching.domain.FreeStaff;
import io.tsunagu.matching.domain.WaitingRequest;
import io.tsunagu.matching.solver.PairScore;

import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * What a contact-centre router does: the longest-waiting shopper first, given to the longest-idle staff member
 * who passes the hard filters (language, not declined before, a free slot).
 */
final class FifoBaseline {

    private FifoBaseline() {
    }

    static Map<WaitingRequest, FreeStaff> assign(RoundGenerator.Round round) {
        List<FreeStaff> staff = round.staff();
        long[] secondsIdle = round.secondsIdle();
        int[] longestIdleFirst = IntStream.range(0, staff.size()).boxed()
                .sorted(Comparator.comparingLong((Integer index) -> secondsIdle[index]).reversed())
                .mapToInt(Integer::intValue).toArray();
        int[] slotsLeft = staff.stream().mapToInt(FreeStaff::capacity).toArray();
        List<WaitingRequest> longestWaitingFirst = round.requests().stream()
                .sorted(Comparator.comparingLong(WaitingRequest::getSecondsWaited).reversed())
                .toList();

        Map<WaitingRequest, FreeStaff> staffOfRequest = new IdentityHashMap<>();
        for (WaitingRequest request : longestWaitingFirst) {
            for (int index : longestIdleFirst) {
                if (slotsLeft[index] > 0 && PairScore.allowed(request, staff.get(index))) {
                    slotsLeft[index]--;
                    staffOfRequest.put(request, staff.get(index));
                    break;
                }
            }
        }
        return staffOfRequest;
    }
}
