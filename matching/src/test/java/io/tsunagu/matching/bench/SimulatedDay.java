package io.tsunagu.matching.bench;

import io.tsunagu.matching.domain.FreeStaff;
import io.tsunagu.matching.domain.WaitingRequest;
import io.tsunagu.matching.solver.PairScore;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

/**
 * A discrete-event simulation of one day of consultations, run once per policy on the same generated day (same
 * seed: the same shoppers, arrival times, patience and handle times, the same staff and shifts). Time is
 * simulated; a policy's own computing time does not delay the day, so the waits compare decisions, not speed.
 *
 * <p>The day: {@value #REQUESTS} requests over 8 hours at uniformly random moments (a Poisson process given its
 * count); {@value #STAFF} staff in {@value #STORES} stores, each on a full (0–8 h), early (0–5 h) or late (3–8 h)
 * shift and taking one consultation at a time; exponential handle times and patience. A shopper not answered
 * within their patience abandons. An offer is taken to be accepted at once, by both policies alike. After every
 * moment at which something happened (a request, an abandonment, a call ending, a shift starting or ending) the
 * policy gets a round — the waiting requests and the free staff on shift — when some waiting request could go to
 * some free staff member at all.
 */
final class SimulatedDay {

    static final int REQUESTS = 2_000;
    static final int STAFF = 100;
    static final int STORES = 10;
    static final double DAY_SECONDS = 8 * 3_600;
    static final double MEAN_HANDLE_SECONDS = 1_080;
    static final double MEAN_PATIENCE_SECONDS = 180;
    static final double SERVICE_LEVEL_SECONDS = 20;
    private static final double ENGLISH_SPEAKERS = 0.35;
    private static final double CHINESE_SPEAKERS = 0.12;
    private static final double SHOPPERS_WITH_USUAL_STORE = 0.5;

    /** Who decides which waiting request goes to which free staff member. */
    interface Policy {

        String name();

        /** {@code secondsIdle} is parallel to {@code free}; answers the pairs to start now. */
        Map<WaitingRequest, FreeStaff> assign(List<FreeStaff> free, long[] secondsIdle, List<WaitingRequest> waiting);
    }

    /** Tsunagu: the service's solver round (solve, explain, choose) on the round. */
    static Policy tsunagu(RoundSolver solver) {
        return new Policy() {
            @Override
            public String name() {
                return "Tsunagu";
            }

            @Override
            public Map<WaitingRequest, FreeStaff> assign(List<FreeStaff> free, long[] secondsIdle, List<WaitingRequest> waiting) {
                return solver.offers(free, waiting);
            }
        };
    }

    /** The contact-centre rule: longest-waiting request first, to the longest-idle staff member who may take it. */
    static Policy fifo() {
        return new Policy() {
            @Override
            public String name() {
                return "FIFO";
            }

            @Override
            public Map<WaitingRequest, FreeStaff> assign(List<FreeStaff> free, long[] secondsIdle, List<WaitingRequest> waiting) {
                return FifoBaseline.assign(new RoundGenerator.Round(free, secondsIdle, waiting));
            }
        };
    }

    record Shopper(int index, UUID id, double arrival, String language, Map<String, Double> interests,
                   String usualStoreId, double handleSeconds, double patienceSeconds) {
    }

    record Member(int index, String username, String storeId, Set<String> languages, Map<String, Integer> expertise,
                  double shiftStart, double shiftEnd) {
    }

    /** The generated day, shared by both policies. */
    record Day(List<Shopper> shoppers, List<Member> staff) {
    }

    static Day generate(long seed) {
        Random random = new Random(seed);
        List<Member> staff = new ArrayList<>(STAFF);
        for (int index = 0; index < STAFF; index++) {
            Set<String> languages = new HashSet<>(Set.of("ja"));
            if (random.nextDouble() < ENGLISH_SPEAKERS) {
                languages.add("en");
            }
            if (random.nextDouble() < CHINESE_SPEAKERS) {
                languages.add("zh");
            }
            double shift = random.nextDouble();
            double start = shift < 0.7 ? 0 : 3 * 3_600;
            double end = shift < 0.4 || shift >= 0.7 ? DAY_SECONDS : 5 * 3_600;
            staff.add(new Member(index, "staff-" + index, "store-" + index % STORES, languages,
                    RoundGenerator.expertise(random), start, end));
        }
        double[] arrivals = new double[REQUESTS];
        for (int index = 0; index < REQUESTS; index++) {
            arrivals[index] = random.nextDouble() * DAY_SECONDS;
        }
        Arrays.sort(arrivals);
        List<Shopper> shoppers = new ArrayList<>(REQUESTS);
        for (int index = 0; index < REQUESTS; index++) {
            String usualStore = random.nextDouble() < SHOPPERS_WITH_USUAL_STORE ? "store-" + random.nextInt(STORES) : null;
            shoppers.add(new Shopper(index, new UUID(seed, index), arrivals[index], RoundGenerator.shopperLanguage(random),
                    RoundGenerator.interests(random), usualStore, exponential(random, MEAN_HANDLE_SECONDS),
                    exponential(random, MEAN_PATIENCE_SECONDS)));
        }
        return new Day(shoppers, staff);
    }

    private static double exponential(Random random, double mean) {
        return -mean * Math.log(1 - random.nextDouble());
    }

    /** What one policy did over the day. */
    record Outcome(String policy, int offered, int answered, int abandoned, double waitP50, double waitP95,
                   double serviceLevel, double abandonment, double meanFit, double loadMax, double loadMin,
                   int rounds, double decisionMillis) {

        double loadMaxMin() {
            return loadMin == 0 ? Double.POSITIVE_INFINITY : loadMax / loadMin;
        }
    }

    private enum Kind { ARRIVAL, ABANDON, CALL_END, SHIFT_START, SHIFT_END }

    private record Event(double at, long order, Kind kind, int index) implements Comparable<Event> {
        @Override
        public int compareTo(Event other) {
            int byTime = Double.compare(at, other.at);
            return byTime != 0 ? byTime : Long.compare(order, other.order);
        }
    }

    static Outcome run(Day day, Policy policy) {
        return new Run(day, policy).run();
    }

    private static final class Run {

        private final Day day;
        private final Policy policy;
        private final PriorityQueue<Event> events = new PriorityQueue<>();
        private long order;

        private final boolean[] waiting;
        private final double[] answeredAt;
        private final boolean[] abandoned;
        private final double[] fit;
        private final List<Integer> queue = new ArrayList<>();

        private final boolean[] onShift;
        private final boolean[] inCall;
        private final double[] idleSince;
        private final double[] busyInShift;
        private int rounds;
        private long decisionNanos;

        Run(Day day, Policy policy) {
            this.day = day;
            this.policy = policy;
            int shoppers = day.shoppers().size();
            int staff = day.staff().size();
            waiting = new boolean[shoppers];
            answeredAt = new double[shoppers];
            Arrays.fill(answeredAt, Double.NaN);
            abandoned = new boolean[shoppers];
            fit = new double[shoppers];
            onShift = new boolean[staff];
            inCall = new boolean[staff];
            idleSince = new double[staff];
            busyInShift = new double[staff];
        }

        Outcome run() {
            for (Shopper shopper : day.shoppers()) {
                schedule(shopper.arrival(), Kind.ARRIVAL, shopper.index());
            }
            for (Member member : day.staff()) {
                schedule(member.shiftStart(), Kind.SHIFT_START, member.index());
                schedule(member.shiftEnd(), Kind.SHIFT_END, member.index());
            }
            while (!events.isEmpty()) {
                double now = events.peek().at();
                while (!events.isEmpty() && events.peek().at() == now) {
                    handle(events.poll(), now);
                }
                round(now);
            }
            return outcome();
        }

        private void schedule(double at, Kind kind, int index) {
            events.add(new Event(at, order++, kind, index));
        }

        private void handle(Event event, double now) {
            switch (event.kind()) {
                case ARRIVAL -> {
                    waiting[event.index()] = true;
                    queue.add(event.index());
                    schedule(now + day.shoppers().get(event.index()).patienceSeconds(), Kind.ABANDON, event.index());
                }
                case ABANDON -> {
                    if (waiting[event.index()]) {
                        waiting[event.index()] = false;
                        abandoned[event.index()] = true;
                        queue.remove(Integer.valueOf(event.index()));
                    }
                }
                case CALL_END -> {
                    inCall[event.index()] = false;
                    idleSince[event.index()] = now;
                }
                case SHIFT_START -> {
                    onShift[event.index()] = true;
                    idleSince[event.index()] = now;
                }
                case SHIFT_END -> onShift[event.index()] = false;
            }
        }

        private void round(double now) {
            if (queue.isEmpty()) {
                return;
            }
            List<FreeStaff> free = new ArrayList<>();
            List<Member> freeMembers = new ArrayList<>();
            for (Member member : day.staff()) {
                if (onShift[member.index()] && !inCall[member.index()]) {
                    freeMembers.add(member);
                    long overrun = (long) Math.max(0, now + MEAN_HANDLE_SECONDS - member.shiftEnd());
                    // Load so far as the busy share of their time on shift, in percent: counting consultations
                    // instead leaves the occupancy spread that exponential handle times create (see benchmarks.md).
                    int occupancyPercent = (int) Math.round(100 * busyInShift[member.index()]
                            / Math.max(1, now - member.shiftStart()));
                    free.add(RoundGenerator.freeStaff(member.username(), member.storeId(), member.languages(),
                            member.expertise(), 1, overrun, occupancyPercent));
                }
            }
            if (free.isEmpty()) {
                return;
            }
            // Oldest first, as the service reads its queue.
            List<WaitingRequest> requests = new ArrayList<>(queue.size());
            // By id and username: the solver answers with its own copies of the requests.
            Map<UUID, Shopper> shopperOf = new HashMap<>();
            boolean anyAllowed = false;
            for (int index : queue) {
                Shopper shopper = day.shoppers().get(index);
                WaitingRequest request = RoundGenerator.waitingRequest(shopper.id(), shopper.language(), shopper.interests(),
                        Set.of(), (long) (now - shopper.arrival()), shopper.usualStoreId());
                requests.add(request);
                shopperOf.put(shopper.id(), shopper);
                for (int member = 0; !anyAllowed && member < free.size(); member++) {
                    anyAllowed = PairScore.allowed(request, free.get(member));
                }
            }
            if (!anyAllowed) {
                // Nobody free may take anyone waiting: the same answer from every policy, without asking.
                return;
            }
            long[] secondsIdle = new long[free.size()];
            Map<String, Member> memberOf = new HashMap<>();
            for (int index = 0; index < free.size(); index++) {
                secondsIdle[index] = (long) (now - idleSince[freeMembers.get(index).index()]);
                memberOf.put(free.get(index).getUsername(), freeMembers.get(index));
            }

            rounds++;
            long start = System.nanoTime();
            Map<WaitingRequest, FreeStaff> pairs = policy.assign(free, secondsIdle, requests);
            decisionNanos += System.nanoTime() - start;

            for (Map.Entry<WaitingRequest, FreeStaff> pair : pairs.entrySet()) {
                Shopper shopper = shopperOf.get(pair.getKey().getId());
                Member member = memberOf.get(pair.getValue().getUsername());
                if (shopper == null || member == null || inCall[member.index()] || !waiting[shopper.index()]) {
                    throw new IllegalStateException(policy.name() + " assigned outside the round: " + pair);
                }
                waiting[shopper.index()] = false;
                queue.remove(Integer.valueOf(shopper.index()));
                answeredAt[shopper.index()] = now;
                fit[shopper.index()] = PairScore.expertiseFit(pair.getKey(), pair.getValue());
                inCall[member.index()] = true;
                double end = now + shopper.handleSeconds();
                busyInShift[member.index()] += Math.max(0, Math.min(end, member.shiftEnd()) - now);
                schedule(end, Kind.CALL_END, member.index());
            }
        }

        private Outcome outcome() {
            int offered = day.shoppers().size();
            List<Double> waits = new ArrayList<>();
            double fitSum = 0;
            int withinServiceLevel = 0;
            int abandonedCount = 0;
            for (Shopper shopper : day.shoppers()) {
                if (abandoned[shopper.index()]) {
                    abandonedCount++;
                } else if (!Double.isNaN(answeredAt[shopper.index()])) {
                    double wait = answeredAt[shopper.index()] - shopper.arrival();
                    waits.add(wait);
                    fitSum += fit[shopper.index()];
                    if (wait <= SERVICE_LEVEL_SECONDS) {
                        withinServiceLevel++;
                    }
                }
            }
            double[] sorted = waits.stream().mapToDouble(Double::doubleValue).sorted().toArray();
            double loadMax = 0;
            double loadMin = Double.POSITIVE_INFINITY;
            for (Member member : day.staff()) {
                double occupancy = busyInShift[member.index()] / (member.shiftEnd() - member.shiftStart());
                loadMax = Math.max(loadMax, occupancy);
                loadMin = Math.min(loadMin, occupancy);
            }
            return new Outcome(policy.name(), offered, sorted.length, abandonedCount, percentile(sorted, 50),
                    percentile(sorted, 95), (double) withinServiceLevel / offered, (double) abandonedCount / offered,
                    sorted.length == 0 ? 0 : fitSum / sorted.length, loadMax, loadMin, rounds, decisionNanos / 1e6);
        }
    }

    /** Nearest-rank percentile of sorted values; 0 when there are none. */
    static double percentile(double[] sorted, double percent) {
        if (sorted.length == 0) {
            return 0;
        }
        int rank = (int) Math.ceil(percent / 100 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }
}
