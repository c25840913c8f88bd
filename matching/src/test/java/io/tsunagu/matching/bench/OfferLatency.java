package io.tsunagu.matching.bench;

import io.tsunagu.matching.domain.FreeStaff;
import io.tsunagu.matching.domain.WaitingRequest;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

/**
 * Event-to-offer latency with 1,000 shoppers waiting and 500 staff. Timed, in-process and on one thread: from the
 * moment the change is known to the chosen offers — building the round's planning objects from the in-memory
 * queue and staff (what {@code RoundLoader} does after its queries), then {@link RoundSolver} (build a solver,
 * solve with the service's configuration, explain, choose). Not included: reading PostgreSQL, asking
 * staff-directory, writing the offer, pushing it, and waiting for a round already running (the matching loop runs
 * one round at a time, so an event during a round waits for it to end).
 *
 * <p>With a queue that long every staff member who could take someone is busy, so the events that lead to an offer
 * are: a staff member is freed (a round over the 1,000 waiting and that one person), and a request arrives that
 * only a free staff member the queue could not use can take (a Chinese-speaking shopper while the queue holds no
 * Chinese speakers and ten Chinese-only staff are free: a round over 1,001 × 10). The two alternate. Separately,
 * the largest round this size can make — all 500 staff free at once, as after an outage — shows where the time
 * limit, not the event, sets the latency.
 */
final class OfferLatency {

    static final int WAITING = 1_000;
    static final int STAFF = 500;
    private static final int FREE_CHINESE_ONLY = 10;
    private static final int WARM_UP_EVENTS = 4;
    static final int TIMED_EVENTS = 30;
    static final int BURST_ROUNDS = 5;

    /** Latencies in milliseconds of the steady-state events, and of the burst rounds. */
    record Result(double[] steadyMillis, double[] freedMillis, double[] arrivalMillis, double[] burstMillis) {
    }

    private OfferLatency() {
    }

    static Result measure(RoundSolver solver, long seed) {
        Random random = new Random(seed);
        RoundGenerator.Round generated = RoundGenerator.generate(seed, STAFF, 2 * WAITING);
        List<WaitingRequest> queue = new ArrayList<>();
        for (WaitingRequest request : generated.requests()) {
            if (!request.getLanguage().equals("zh") && queue.size() < WAITING) {
                queue.add(request);
            }
        }
        List<FreeStaff> staff = generated.staff();

        List<Double> freed = new ArrayList<>();
        List<Double> arrivals = new ArrayList<>();
        List<Double> steady = new ArrayList<>();
        for (int event = 0; event < WARM_UP_EVENTS + TIMED_EVENTS; event++) {
            double millis;
            if (event % 2 == 0) {
                FreeStaff freedMember = staff.get(random.nextInt(staff.size()));
                long start = System.nanoTime();
                solver.offers(List.of(copy(freedMember)), copies(queue));
                millis = (System.nanoTime() - start) / 1e6;
                if (event >= WARM_UP_EVENTS) {
                    freed.add(millis);
                }
            } else {
                List<FreeStaff> chineseOnly = new ArrayList<>();
                Set<Integer> picked = new LinkedHashSet<>();
                while (picked.size() < FREE_CHINESE_ONLY) {
                    picked.add(random.nextInt(staff.size()));
                }
                for (int index : picked) {
                    FreeStaff member = staff.get(index);
                    chineseOnly.add(RoundGenerator.freeStaff(member.getUsername(), member.getStoreId(), Set.of("zh"),
                            member.getExpertise(), 1, 0, 0));
                }
                WaitingRequest arrived = RoundGenerator.waitingRequest(new UUID(seed, -1 - event), "zh",
                        Map.of(RoundGenerator.TAGS.get(random.nextInt(RoundGenerator.TAGS.size())), 2.0), Set.of(), 0, null);
                long start = System.nanoTime();
                List<WaitingRequest> round = copies(queue);
                round.add(copy(arrived));
                solver.offers(chineseOnly, round);
                millis = (System.nanoTime() - start) / 1e6;
                if (event >= WARM_UP_EVENTS) {
                    arrivals.add(millis);
                }
            }
            if (event >= WARM_UP_EVENTS) {
                steady.add(millis);
            }
        }

        double[] burst = new double[BURST_ROUNDS];
        for (int round = 0; round < BURST_ROUNDS; round++) {
            long start = System.nanoTime();
            List<FreeStaff> everyone = new ArrayList<>(staff.size());
            for (FreeStaff member : staff) {
                everyone.add(copy(member));
            }
            solver.offers(everyone, copies(queue));
            burst[round] = (System.nanoTime() - start) / 1e6;
        }
        return new Result(toArray(steady), toArray(freed), toArray(arrivals), burst);
    }

    /** The round's own planning objects, as the loader builds them fresh for every round. */
    private static List<WaitingRequest> copies(List<WaitingRequest> queue) {
        List<WaitingRequest> copies = new ArrayList<>(queue.size() + 1);
        for (WaitingRequest request : queue) {
            copies.add(copy(request));
        }
        return copies;
    }

    private static WaitingRequest copy(WaitingRequest request) {
        return RoundGenerator.waitingRequest(request.getId(), request.getLanguage(), request.getInterests(),
                request.getDeclinedBy(), request.getSecondsWaited(), null);
    }

    private static FreeStaff copy(FreeStaff member) {
        return RoundGenerator.freeStaff(member.getUsername(), member.getStoreId(), member.getLanguages(),
                member.getExpertise(), member.getFreeSlots(), 0, 0);
    }

    private static double[] toArray(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).toArray();
    }
}
