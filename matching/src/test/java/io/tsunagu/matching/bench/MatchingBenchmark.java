package io.tsunagu.matching.bench;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoft.HardMediumSoftScore;
import ai.timefold.solver.core.api.solver.Solver;
import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.config.solver.SolverConfig;
import ai.timefold.solver.core.config.solver.termination.TerminationConfig;
import ai.timefold.solver.core.impl.solver.DefaultSolver;
import io.tsunagu.matching.domain.FreeStaff;
import io.tsunagu.matching.domain.MatchingPlan;
import io.tsunagu.matching.domain.WaitingRequest;
import io.tsunagu.matching.solver.MatchingConstraintProvider;
import io.tsunagu.matching.solver.PairScore;
import io.tsunagu.matching.yardstick.MatchingOptimum;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.Map;
import java.util.function.Function;

/**
 * Measures the matching solver against the exact optimum and against the contact-centre baseline on random
 * rounds with fixed seeds, prints a table per measurement, and as its last line the RESULT summary.
 *
 * <p>Run: {@code mvn -pl matching test-compile exec:java} (see matching/README.md).
 */
public final class MatchingBenchmark {

    /** Staff × waiting shoppers. */
    private static final int[][] SIZES = {{100, 200}, {500, 1_000}, {1_000, 2_000}};
    private static final long SEED = 3L;
    private static final long[] SOLVER_LIMITS_MS = {200, 1_000, 5_000};
    private static final long HEADLINE_LIMIT_MS = 1_000;
    private static final int WARM_UP_SOLVES = 3;
    private static final int TIMED_SOLVES = 7;
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final long[] CONFIG_LIMITS_MS = {1_000, 5_000};
    private static final long DAY_SEED = 11L;
    /** Per round of the simulated day: the service's spent limit, and a shorter unimproved limit to bound the run. */
    private static final Duration DAY_SPENT_LIMIT = Duration.ofMillis(300);
    private static final Duration DAY_UNIMPROVED_LIMIT = Duration.ofMillis(20);
    private static final Set<String> SECTIONS = new LinkedHashSet<>(List.of("static", "configs", "day", "latency"));

    private MatchingBenchmark() {
    }

    static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int middle = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }

    public static void main(String[] arguments) {
        Set<String> sections = arguments.length == 0 ? SECTIONS : new LinkedHashSet<>(Arrays.asList(arguments));
        System.out.printf(Locale.ROOT, "Matching benchmark: seed %d, %d processors, load average %.2f, Java %s%n",
                SEED, Runtime.getRuntime().availableProcessors(),
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                System.getProperty("java.version"));
        SolverConfig service = SolverSetup.production();
        System.out.println("Service solver: " + (SolverSetup.class.getClassLoader().getResource(SolverSetup.SOLVER_CONFIG_XML)
                == null ? "Timefold's default phases" : SolverSetup.SOLVER_CONFIG_XML) + ", " + SolverSetup.describe(service));
        System.out.println("Sections: " + sections + " (pass names as arguments to run fewer)");
        System.out.println();

        String gap = "n/a";
        String lap = "n/a";
        String offerP95 = "n/a";
        String fitVersusFifo = "n/a";
        String waitP95VersusFifo = "n/a";
        String loadMaxMin = "n/a";

        if (sections.contains("static")) {
            Size largest = staticRounds();
            gap = format(largest.headlineGap.pct(), 3);
            lap = format(largest.solveMillis, 1);
            if (sections.contains("configs")) {
                compareConfigs(largest);
            }
        }
        if (sections.contains("day")) {
            SimulatedDay.Outcome[] day = simulatedDay();
            SimulatedDay.Outcome tsunagu = day[0];
            SimulatedDay.Outcome fifo = day[1];
            fitVersusFifo = format(100 * (tsunagu.meanFit() / fifo.meanFit() - 1), 1);
            waitP95VersusFifo = fifo.waitP95() == 0 ? "n/a" : format(100 * (tsunagu.waitP95() / fifo.waitP95() - 1), 1);
            loadMaxMin = format(tsunagu.loadMaxMin(), 2);
        }
        if (sections.contains("latency")) {
            offerP95 = format(latency(service), 1);
        }

        System.out.println();
        System.out.println("RESULT gap_1s_pct=" + gap + " lap_1000x2000_ms=" + lap + " offer_p95_ms=" + offerP95
                + " fit_vs_fifo_pct=" + fitVersusFifo + " wait_p95_vs_fifo_pct=" + waitP95VersusFifo
                + " load_max_min=" + loadMaxMin);
    }

    private static String format(double value, int decimals) {
        return Double.isFinite(value) ? String.format(Locale.ROOT, "%." + decimals + "f", value) : "inf";
    }

    /** The exact yardstick, Timefold and the baseline on static rounds; answers the largest size. */
    private static Size staticRounds() {
        List<Size> sizes = new ArrayList<>();
        for (int[] size : SIZES) {
            sizes.add(new Size(size[0], size[1]));
        }
        warmUp(sizes.get(sizes.size() - 1));

        System.out.println("Exact yardstick (shortest augmenting path), median of " + TIMED_SOLVES + " runs after "
                + WARM_UP_SOLVES + " untimed ones");
        System.out.println("solve = LinearAssignment on the profit table (lap_*_ms); table = evaluating PairScore for "
                + "every pair and filling the table; total = MatchingOptimum.of, both and reading the answer back");
        System.out.println("solve CPU = the solving thread's CPU time, which other processes on the machine disturb less");
        System.out.println("| staff × waiting | solve ms | solve CPU ms | table ms | total ms | served | waiting cost left | fit |");
        System.out.println("|---|---:|---:|---:|---:|---:|---:|---:|");
        for (Size size : sizes) {
            size.measureOptimum();
            System.out.printf(Locale.ROOT, "| %s | %.1f | %.1f | %.1f | %.1f | %d | %d | %d |%n", size, size.solveMillis,
                    size.solveCpuMillis, size.tableMillis, size.optimumMillis, size.optimum.served, -size.optimum.score.mediumScore(),
                    size.optimum.score.softScore());
        }

        System.out.println();
        System.out.println("Timefold Solver (the service's phases, a spent limit alone), gap to the optimum:");
        System.out.println("wait gap = waiting cost served short of the optimum's; fit gap = total fit short of it;");
        System.out.println("gap = the larger of the two");
        System.out.println("| staff × waiting | limit ms | wall ms | hard | wait gap % | fit gap % | gap % | score calc/s |");
        System.out.println("|---|---:|---:|---:|---:|---:|---:|---:|");
        SolverConfig phases = SolverSetup.phases();
        for (Size size : sizes) {
            for (long limit : SOLVER_LIMITS_MS) {
                SolverRun run = size.solveWithTimefold(phases, limit);
                if (size == sizes.get(sizes.size() - 1) && limit == HEADLINE_LIMIT_MS) {
                    size.headlineGap = run.gap;
                }
                printRun(size.toString(), limit, run);
            }
        }

        System.out.println();
        System.out.println("Contact-centre baseline (FIFO shopper, longest-idle staff passing the hard filters)");
        System.out.println("| staff × waiting | served | wait gap % | mean fit FIFO | mean fit optimum | optimum vs FIFO % |");
        System.out.println("|---|---:|---:|---:|---:|---:|");
        for (Size size : sizes) {
            Outcome fifo = size.fifo();
            Gap gap = Gap.between(size.optimum, fifo, size.totalWaitingCost);
            System.out.printf(Locale.ROOT, "| %s | %d | %.3f | %.1f | %.1f | %.1f |%n", size, fifo.served,
                    gap.waitPct, fifo.meanFit(), size.optimum.meanFit(), size.fitVersusFifoPct(fifo));
        }
        System.out.println();
        return sizes.get(sizes.size() - 1);
    }

    private static void printRun(String label, long limit, SolverRun run) {
        System.out.printf(Locale.ROOT, "| %s | %d | %.0f | %d | %.3f | %.3f | %.3f | %,d |%n", label, limit,
                run.wallMillis, run.outcome.score.hardScore(), run.gap.waitPct, run.gap.fitPct, run.gap.pct(),
                run.scoreCalculationSpeed);
    }

    /** Candidate solver configurations against Timefold's defaults on the largest round, in the same run. */
    private static void compareConfigs(Size largest) {
        System.out.println("Solver configurations at " + largest + ", gap to the optimum (same run, same round)");
        System.out.println("| configuration | limit ms | wall ms | hard | wait gap % | fit gap % | gap % | score calc/s |");
        System.out.println("|---|---:|---:|---:|---:|---:|---:|---:|");
        for (Map.Entry<String, SolverConfig> candidate : SolverCandidates.all().entrySet()) {
            for (long limit : CONFIG_LIMITS_MS) {
                printRun(candidate.getKey(), limit, largest.solveWithTimefold(candidate.getValue(), limit));
            }
        }
        System.out.println();
    }

    /** The simulated day, Tsunagu's round against the contact-centre rule; answers {Tsunagu, FIFO}. */
    private static SimulatedDay.Outcome[] simulatedDay() {
        SolverConfig roundConfig = SolverSetup.withTermination(SolverSetup.phases(), DAY_SPENT_LIMIT, DAY_UNIMPROVED_LIMIT);
        SimulatedDay.Day day = SimulatedDay.generate(DAY_SEED);
        System.out.printf(Locale.ROOT, "Simulated day (seed %d): %d requests over 8 h, %d staff in %d stores on full, "
                        + "early and late shifts, handle time exp(mean %.0f s), patience exp(mean %.0f s)%n", DAY_SEED,
                SimulatedDay.REQUESTS, SimulatedDay.STAFF, SimulatedDay.STORES, SimulatedDay.MEAN_HANDLE_SECONDS,
                SimulatedDay.MEAN_PATIENCE_SECONDS);
        System.out.println("Tsunagu = the service's round (solve, explain, choose), " + SolverSetup.describe(roundConfig)
                + " per round; waits over answered shoppers; service level = answered within "
                + (int) SimulatedDay.SERVICE_LEVEL_SECONDS + " s / all requests; load = busy share of each one's shift");
        long start = System.nanoTime();
        SimulatedDay.Outcome tsunagu = SimulatedDay.run(day, SimulatedDay.tsunagu(new RoundSolver(roundConfig)));
        SimulatedDay.Outcome fifo = SimulatedDay.run(day, SimulatedDay.fifo());
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.println("| policy | answered | abandoned | wait p50 s | wait p95 s | service level % | abandonment % "
                + "| mean fit | load max | load min | load max/min | rounds | decision ms per round |");
        System.out.println("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        for (SimulatedDay.Outcome outcome : List.of(tsunagu, fifo)) {
            System.out.printf(Locale.ROOT, "| %s | %d | %d | %.1f | %.1f | %.1f | %.1f | %.1f | %.2f | %.2f | %s | %d | %.1f |%n",
                    outcome.policy(), outcome.answered(), outcome.abandoned(), outcome.waitP50(), outcome.waitP95(),
                    100 * outcome.serviceLevel(), 100 * outcome.abandonment(), outcome.meanFit(), outcome.loadMax(),
                    outcome.loadMin(), format(outcome.loadMaxMin(), 2), outcome.rounds(),
                    outcome.decisionMillis() / Math.max(1, outcome.rounds()));
        }
        System.out.printf(Locale.ROOT, "(both days simulated in %.0f s)%n%n", seconds);
        return new SimulatedDay.Outcome[] {tsunagu, fifo};
    }

    /** Event-to-offer latency with the service's solver configuration; answers the steady-state p95. */
    private static double latency(SolverConfig service) {
        OfferLatency.Result result = OfferLatency.measure(new RoundSolver(service), SEED);
        System.out.println("Event-to-offer latency, " + OfferLatency.WAITING + " waiting and " + OfferLatency.STAFF
                + " staff, " + SolverSetup.describe(service) + " (see OfferLatency for what is timed)");
        System.out.println("| event | rounds | p50 ms | p95 ms | max ms |");
        System.out.println("|---|---:|---:|---:|---:|");
        printLatency("staff member freed (1,000 × 1)", result.freedMillis());
        printLatency("request only an idle staff member can take (1,001 × 10)", result.arrivalMillis());
        printLatency("both (offer_p95_ms)", result.steadyMillis());
        printLatency("burst: all 500 staff free at once (1,000 × 500)", result.burstMillis());
        System.out.println();
        double[] sorted = result.steadyMillis().clone();
        Arrays.sort(sorted);
        return SimulatedDay.percentile(sorted, 95);
    }

    private static void printLatency(String label, double[] millis) {
        double[] sorted = millis.clone();
        Arrays.sort(sorted);
        System.out.printf(Locale.ROOT, "| %s | %d | %.1f | %.1f | %.1f |%n", label, sorted.length,
                SimulatedDay.percentile(sorted, 50), SimulatedDay.percentile(sorted, 95), sorted[sorted.length - 1]);
    }

    /** Lets the JIT compile the yardstick and the solver before anything is timed. */
    private static void warmUp(Size size) {
        for (int solve = 0; solve < WARM_UP_SOLVES; solve++) {
            RoundGenerator.Round round = size.round();
            MatchingOptimum.of(round.staff(), round.requests());
        }
        size.solveWithTimefold(SolverSetup.phases(), SOLVER_LIMITS_MS[0]);
    }

    private static final class Size {

        private final int staff;
        private final int waiting;
        private final long totalWaitingCost;
        private Outcome optimum;
        private double optimumMillis;
        private double tableMillis;
        private double solveMillis;
        private double solveCpuMillis;
        private Gap headlineGap;

        Size(int staff, int waiting) {
            this.staff = staff;
            this.waiting = waiting;
            this.totalWaitingCost = round().requests().stream().mapToLong(PairScore::waitingCost).sum();
        }

        /** A fresh copy of this size's round: the solver changes the entities it is given. */
        RoundGenerator.Round round() {
            return RoundGenerator.generate(SEED + staff, staff, waiting);
        }

        void measureOptimum() {
            RoundGenerator.Round round = round();
            for (int warmUp = 0; warmUp < WARM_UP_SOLVES; warmUp++) {
                MatchingOptimum.table(round.staff(), round.requests()).solve();
            }
            double[] total = new double[TIMED_SOLVES];
            double[] table = new double[TIMED_SOLVES];
            double[] solve = new double[TIMED_SOLVES];
            double[] solveCpu = new double[TIMED_SOLVES];
            MatchingOptimum exact = null;
            for (int run = 0; run < TIMED_SOLVES; run++) {
                long start = System.nanoTime();
                exact = MatchingOptimum.of(round.staff(), round.requests());
                total[run] = (System.nanoTime() - start) / 1e6;

                start = System.nanoTime();
                MatchingOptimum.Table profits = MatchingOptimum.table(round.staff(), round.requests());
                table[run] = (System.nanoTime() - start) / 1e6;
                long cpuStart = THREADS.getCurrentThreadCpuTime();
                start = System.nanoTime();
                profits.solve();
                solve[run] = (System.nanoTime() - start) / 1e6;
                solveCpu[run] = (THREADS.getCurrentThreadCpuTime() - cpuStart) / 1e6;
            }
            optimumMillis = median(total);
            tableMillis = median(table);
            solveMillis = median(solve);
            solveCpuMillis = median(solveCpu);
            optimum = Outcome.of(round, exact::staffOf);
            if (!optimum.score.equals(exact.score())) {
                throw new IllegalStateException("the yardstick's score " + exact.score()
                        + " differs from its assignment's " + optimum.score);
            }
        }

        SolverRun solveWithTimefold(SolverConfig phases, long limitMillis) {
            SolverFactory<MatchingPlan> factory = SolverFactory.create(
                    SolverSetup.withTermination(phases, Duration.ofMillis(limitMillis), null));
            Solver<MatchingPlan> solver = factory.buildSolver();
            RoundGenerator.Round round = round();
            long start = System.nanoTime();
            MatchingPlan solved = solver.solve(new MatchingPlan(round.staff(), round.requests()));
            double wallMillis = (System.nanoTime() - start) / 1e6;
            Map<WaitingRequest, FreeStaff> staffOfRequest = new IdentityHashMap<>();
            for (WaitingRequest request : solved.getRequests()) {
                if (request.getStaff() != null) {
                    staffOfRequest.put(request, request.getStaff());
                }
            }
            Outcome outcome = new Outcome(solved.getScore(), staffOfRequest.size());
            SolverRun run = new SolverRun(outcome, optimum == null ? null : Gap.between(optimum, outcome, totalWaitingCost),
                    ((DefaultSolver<MatchingPlan>) solver).getScoreCalculationSpeed(), wallMillis);
            return run;
        }

        Outcome fifo() {
            RoundGenerator.Round round = round();
            return Outcome.of(round, FifoBaseline.assign(round)::get);
        }

        /** How much higher the optimum's mean fit per served shopper is than the baseline's. */
        double fitVersusFifoPct(Outcome fifo) {
            return 100.0 * (optimum.meanFit() / fifo.meanFit() - 1);
        }

        @Override
        public String toString() {
            return staff + " × " + waiting;
        }
    }

    /** An assignment's score under the solver's constraints and how many shoppers it serves. */
    private record Outcome(HardMediumSoftScore score, int served) {

        /** Scores an assignment with the pair score, as the constraint provider would for a feasible one. */
        static Outcome of(RoundGenerator.Round round, Function<WaitingRequest, FreeStaff> staffOf) {
            int waitingLeft = 0;
            int fit = 0;
            int served = 0;
            for (WaitingRequest request : round.requests()) {
                FreeStaff assigned = staffOf.apply(request);
                if (assigned == null) {
                    waitingLeft += PairScore.waitingCost(request);
                } else {
                    fit += PairScore.expertiseFit(request, assigned);
                    served++;
                }
            }
            return new Outcome(HardMediumSoftScore.of(0, -waitingLeft, fit), served);
        }

        double meanFit() {
            return served == 0 ? 0 : (double) score.softScore() / served;
        }
    }

    /** One solve; {@code wallMillis} is the whole solve, which a phase that ignores the limit can stretch. */
    private record SolverRun(Outcome outcome, Gap gap, long scoreCalculationSpeed, double wallMillis) {
    }

    /** How far an outcome falls short of the optimum on each level of the score, in percent. */
    private record Gap(double waitPct, double fitPct) {

        static Gap between(Outcome optimum, Outcome other, long totalWaitingCost) {
            double servedOptimum = totalWaitingCost + optimum.score.mediumScore();
            double servedOther = totalWaitingCost + other.score.mediumScore();
            return new Gap(100.0 * (servedOptimum - servedOther) / servedOptimum,
                    100.0 * (optimum.score.softScore() - other.score.softScore()) / optimum.score.softScore());
        }

        double pct() {
            return Math.max(waitPct, fitPct);
        }
    }
}
