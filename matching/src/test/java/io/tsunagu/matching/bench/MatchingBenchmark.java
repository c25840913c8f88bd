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
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
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
    private static final int TIMED_SOLVES = 5;

    private MatchingBenchmark() {
    }

    static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int middle = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }

    public static void main(String[] arguments) {
        System.out.printf(Locale.ROOT, "Matching benchmark: seed %d, %d processors, load average %.2f, Java %s%n%n",
                SEED, Runtime.getRuntime().availableProcessors(),
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                System.getProperty("java.version"));

        List<Size> sizes = new ArrayList<>();
        for (int[] size : SIZES) {
            sizes.add(new Size(size[0], size[1]));
        }
        warmUp(sizes.get(sizes.size() - 1));

        System.out.println("Exact yardstick (shortest augmenting path), median of " + TIMED_SOLVES + " runs after "
                + WARM_UP_SOLVES + " untimed ones");
        System.out.println("solve = LinearAssignment on the profit table (lap_*_ms); table = evaluating PairScore for "
                + "every pair and filling the table; total = MatchingOptimum.of, both and reading the answer back");
        System.out.println("| staff × waiting | solve ms | table ms | total ms | served | waiting cost left | fit |");
        System.out.println("|---|---:|---:|---:|---:|---:|---:|");
        for (Size size : sizes) {
            size.measureOptimum();
            System.out.printf(Locale.ROOT, "| %s | %.1f | %.1f | %.1f | %d | %d | %d |%n", size, size.solveMillis,
                    size.tableMillis, size.optimumMillis, size.optimum.served, -size.optimum.score.mediumScore(),
                    size.optimum.score.softScore());
        }

        System.out.println();
        System.out.println("Timefold Solver (plain SolverFactory, default phases), gap to the optimum:");
        System.out.println("wait gap = waiting cost served short of the optimum's; fit gap = total fit short of it;");
        System.out.println("gap = the larger of the two");
        System.out.println("| staff × waiting | limit ms | hard | wait gap % | fit gap % | gap % | score calc/s |");
        System.out.println("|---|---:|---:|---:|---:|---:|---:|");
        for (Size size : sizes) {
            for (long limit : SOLVER_LIMITS_MS) {
                SolverRun run = size.solveWithTimefold(limit);
                System.out.printf(Locale.ROOT, "| %s | %d | %d | %.3f | %.3f | %.3f | %,d |%n", size, limit,
                        run.outcome.score.hardScore(), run.gap.waitPct, run.gap.fitPct, run.gap.pct(),
                        run.scoreCalculationSpeed);
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

        Size largest = sizes.get(sizes.size() - 1);
        System.out.println();
        System.out.printf(Locale.ROOT,
                "RESULT gap_1s_pct=%.3f lap_1000x2000_ms=%.1f offer_p95_ms=n/a fit_vs_fifo_pct=%.1f "
                        + "wait_p95_vs_fifo_pct=n/a load_max_min=n/a%n",
                largest.headlineGap.pct(), largest.solveMillis, largest.fitVersusFifoPct(largest.fifo()));
    }

    /** Lets the JIT compile the yardstick and the solver before anything is timed. */
    private static void warmUp(Size size) {
        for (int solve = 0; solve < WARM_UP_SOLVES; solve++) {
            RoundGenerator.Round round = size.round();
            MatchingOptimum.of(round.staff(), round.requests());
        }
        size.solveWithTimefold(SOLVER_LIMITS_MS[0]);
    }

    private static final class Size {

        private final int staff;
        private final int waiting;
        private final long totalWaitingCost;
        private Outcome optimum;
        private double optimumMillis;
        private double tableMillis;
        private double solveMillis;
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
            MatchingOptimum exact = null;
            for (int run = 0; run < TIMED_SOLVES; run++) {
                long start = System.nanoTime();
                exact = MatchingOptimum.of(round.staff(), round.requests());
                total[run] = (System.nanoTime() - start) / 1e6;

                start = System.nanoTime();
                MatchingOptimum.Table profits = MatchingOptimum.table(round.staff(), round.requests());
                table[run] = (System.nanoTime() - start) / 1e6;
                start = System.nanoTime();
                profits.solve();
                solve[run] = (System.nanoTime() - start) / 1e6;
            }
            optimumMillis = median(total);
            tableMillis = median(table);
            solveMillis = median(solve);
            optimum = Outcome.of(round, exact::staffOf);
            if (!optimum.score.equals(exact.score())) {
                throw new IllegalStateException("the yardstick's score " + exact.score()
                        + " differs from its assignment's " + optimum.score);
            }
        }

        SolverRun solveWithTimefold(long limitMillis) {
            SolverFactory<MatchingPlan> factory = SolverFactory.create(new SolverConfig()
                    .withSolutionClass(MatchingPlan.class)
                    .withEntityClasses(WaitingRequest.class)
                    .withConstraintProviderClass(MatchingConstraintProvider.class)
                    .withTerminationConfig(new TerminationConfig().withSpentLimit(Duration.ofMillis(limitMillis))));
            Solver<MatchingPlan> solver = factory.buildSolver();
            RoundGenerator.Round round = round();
            MatchingPlan solved = solver.solve(new MatchingPlan(round.staff(), round.requests()));
            Map<WaitingRequest, FreeStaff> staffOfRequest = new IdentityHashMap<>();
            for (WaitingRequest request : solved.getRequests()) {
                if (request.getStaff() != null) {
                    staffOfRequest.put(request, request.getStaff());
                }
            }
            Outcome outcome = new Outcome(solved.getScore(), staffOfRequest.size());
            SolverRun run = new SolverRun(outcome, optimum == null ? null : Gap.between(optimum, outcome, totalWaitingCost),
                    ((DefaultSolver<MatchingPlan>) solver).getScoreCalculationSpeed());
            if (staff == SIZES[SIZES.length - 1][0] && limitMillis == HEADLINE_LIMIT_MS) {
                headlineGap = run.gap;
            }
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

    private record SolverRun(Outcome outcome, Gap gap, long scoreCalculationSpeed) {
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
