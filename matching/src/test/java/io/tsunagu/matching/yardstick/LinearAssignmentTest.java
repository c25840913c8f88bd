package io.tsunagu.matching.yardstick;

import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The exact solver against brute force on small random instances, plus the edge cases spelled out. */
class LinearAssignmentTest {

    private static final long SEED = 20_261_124L;
    private static final int INSTANCES = 600;
    private static final int MAX_SIDE = 6;
    private static final int MIN_PROFIT = -20;
    private static final int MAX_PROFIT = 60;
    private static final double FORBIDDEN_SHARE = 0.3;

    @Test
    void matchesBruteForceOnSmallRandomInstances() {
        Random random = new Random(SEED);
        for (int instance = 0; instance < INSTANCES; instance++) {
            int rows = random.nextInt(MAX_SIDE + 1);
            int columns = random.nextInt(MAX_SIDE + 1);
            long[][] profits = randomProfits(random, rows, columns);

            Assignment assignment = LinearAssignment.maximize(rows, columns, (row, column) -> profits[row][column]);

            String description = "instance " + instance + " " + java.util.Arrays.deepToString(profits);
            assertThat(assignment.value()).as(description).isEqualTo(bruteForceBest(profits, rows, columns));
            assertValidAndWorth(assignment, profits, columns, description);
        }
    }

    @Test
    void matchesBruteForceWhenManyPairsAreWorthTheSame() {
        // Few distinct profits: ties everywhere, the case where the search's tie-breaking decides the path.
        Random random = new Random(SEED + 1);
        for (int instance = 0; instance < INSTANCES; instance++) {
            int rows = 1 + random.nextInt(MAX_SIDE);
            int columns = 1 + random.nextInt(MAX_SIDE);
            long[] table = new long[rows * columns];
            long[][] profits = new long[rows][columns];
            for (int row = 0; row < rows; row++) {
                for (int column = 0; column < columns; column++) {
                    profits[row][column] = random.nextDouble() < FORBIDDEN_SHARE ? PairProfit.FORBIDDEN : random.nextInt(3) - 1;
                    table[row * columns + column] = profits[row][column];
                }
            }

            Assignment assignment = LinearAssignment.maximize(rows, columns, table);

            String description = "instance " + instance + " " + java.util.Arrays.deepToString(profits);
            assertThat(assignment.value()).as(description).isEqualTo(bruteForceBest(profits, rows, columns));
            assertValidAndWorth(assignment, profits, columns, description);
        }
    }

    @Test
    void aTableOfTheWrongLengthIsRejected() {
        assertThatThrownBy(() -> LinearAssignment.maximize(2, 3, new long[5]))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aProfitTooLargeToSumSafelyIsRejected() {
        assertThatThrownBy(() -> LinearAssignment.maximize(1, 1, new long[] {Long.MAX_VALUE / 2}))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("exceeds");
    }

    @Test
    void rowsStayUnassignedWhenTakingFewerPairsIsWorthMore() {
        // Row 0 alone on column 0 (100) beats row 0 on column 1 plus row 1 on column 0 (1 + 1).
        long[][] profits = {{100, 1}, {1, PairProfit.FORBIDDEN}};

        Assignment assignment = LinearAssignment.maximize(2, 2, (row, column) -> profits[row][column]);

        assertThat(assignment.value()).isEqualTo(100);
        assertThat(assignment.columnOf(0)).isZero();
        assertThat(assignment.columnOf(1)).isEqualTo(Assignment.UNASSIGNED);
    }

    @Test
    void aRowWithOnlyForbiddenOrLossMakingPairsStaysUnassigned() {
        long[][] profits = {{PairProfit.FORBIDDEN, -5, PairProfit.FORBIDDEN}};

        Assignment assignment = LinearAssignment.maximize(1, 3, (row, column) -> profits[row][column]);

        assertThat(assignment.value()).isZero();
        assertThat(assignment.pairs()).isZero();
    }

    @Test
    void withMoreRowsThanColumnsTheBestRowsGetTheColumns() {
        long[][] profits = {{1}, {7}, {3}};

        Assignment assignment = LinearAssignment.maximize(3, 1, (row, column) -> profits[row][column]);

        assertThat(assignment.value()).isEqualTo(7);
        assertThat(assignment.columnOf(1)).isZero();
        assertThat(assignment.columnOf(0)).isEqualTo(Assignment.UNASSIGNED);
        assertThat(assignment.columnOf(2)).isEqualTo(Assignment.UNASSIGNED);
    }

    @Test
    void anEmptyProblemHasNoPairs() {
        Assignment assignment = LinearAssignment.maximize(0, 4, (row, column) -> 1);

        assertThat(assignment.rows()).isZero();
        assertThat(assignment.value()).isZero();
    }

    @Test
    void negativeSizesAreRejected() {
        assertThatThrownBy(() -> LinearAssignment.maximize(-1, 2, (row, column) -> 1))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static long[][] randomProfits(Random random, int rows, int columns) {
        long[][] profits = new long[rows][columns];
        for (int row = 0; row < rows; row++) {
            for (int column = 0; column < columns; column++) {
                profits[row][column] = random.nextDouble() < FORBIDDEN_SHARE
                        ? PairProfit.FORBIDDEN
                        : MIN_PROFIT + random.nextInt(MAX_PROFIT - MIN_PROFIT + 1);
            }
        }
        return profits;
    }

    private static void assertValidAndWorth(Assignment assignment, long[][] profits, int columns, String description) {
        boolean[] used = new boolean[columns];
        long worth = 0;
        for (int row = 0; row < assignment.rows(); row++) {
            int column = assignment.columnOf(row);
            if (column == Assignment.UNASSIGNED) {
                continue;
            }
            assertThat(used[column]).as(description + ": column " + column + " used twice").isFalse();
            assertThat(profits[row][column]).as(description + ": forbidden pair").isNotEqualTo(PairProfit.FORBIDDEN);
            used[column] = true;
            worth += profits[row][column];
        }
        assertThat(worth).as(description + ": reported value").isEqualTo(assignment.value());
    }

    /** Every partial assignment: each row takes a free allowed column or none. */
    private static long bruteForceBest(long[][] profits, int rows, int columns) {
        return bestFrom(0, new boolean[columns], profits, rows, columns);
    }

    private static long bestFrom(int row, boolean[] used, long[][] profits, int rows, int columns) {
        if (row == rows) {
            return 0;
        }
        long best = bestFrom(row + 1, used, profits, rows, columns);
        for (int column = 0; column < columns; column++) {
            if (!used[column] && profits[row][column] != PairProfit.FORBIDDEN) {
                used[column] = true;
                best = Math.max(best, profits[row][column] + bestFrom(row + 1, used, profits, rows, columns));
                used[column] = false;
            }
        }
        return best;
    }
}
