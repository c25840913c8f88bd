package io.tsunagu.matching.yardstick;

import java.util.Arrays;
import java.util.function.BooleanSupplier;

/**
 * Exact rectangular linear assignment: picks pairs (row, column), each row and each column at most once,
 * never a forbidden pair, so that the sum of the profits is the largest possible. Rows and columns may stay
 * unassigned (worth 0), so a pair with a negative profit is never made; a row that must be assigned can be
 * forced by adding a bonus larger than any profit difference to its pairs.
 *
 * <p>The algorithm is the shortest augmenting path method with row and column potentials (Jonker–Volgenant,
 * in the rectangular form of Crouse, 2016): one Dijkstra search per row over reduced costs, O(n²(m+n)) at
 * worst. Every row gets a private "stay unassigned" column of profit 0, which lets rows as well as columns
 * stay free and makes any shape feasible.
 *
 * <p>Rows are added in the order given, and a search only goes as deep as the rows it has to move aside.
 * When part of a row's profit does not depend on the column (how long a shopper waited), give the rows in
 * decreasing order of that part: a later row then rarely displaces an earlier one, and each search stays
 * short instead of sweeping every row already placed.
 */
public final class LinearAssignment {

    private LinearAssignment() {
    }

    /** The assignment of largest total profit for a {@code rows} × {@code columns} problem. */
    public static Assignment maximize(int rows, int columns, PairProfit profit) {
        checkSize(rows, columns);
        long[] profits = new long[Math.multiplyExact(rows, columns)];
        for (int row = 0; row < rows; row++) {
            for (int column = 0; column < columns; column++) {
                profits[row * columns + column] = profit.profit(row, column);
            }
        }
        return maximize(rows, columns, profits);
    }

    /**
     * The same, on a table of profits in row-major order ({@code profits[row * columns + column]}), each
     * {@link PairProfit#FORBIDDEN} or at most 2<sup>59</sup> / (rows + columns + 1) in absolute value (about
     * 10<sup>14</sup> at 1000 × 2000). The table is not changed.
     */
    public static Assignment maximize(int rows, int columns, long[] profits) {
        return maximize(rows, columns, profits, () -> false);
    }

    /**
     * The same, stopping early once {@code stop} says so (asked before each row): the rows placed by then keep the
     * best assignment among themselves, every later row stays unassigned. Rows are placed in the order given, so
     * with the longest-waiting shoppers first a cut-short solve still serves them first.
     */
    public static Assignment maximize(int rows, int columns, long[] profits, BooleanSupplier stop) {
        checkSize(rows, columns);
        if (profits.length != (long) rows * columns) {
            throw new IllegalArgumentException("expected " + rows + " × " + columns + " profits, got " + profits.length);
        }
        int[] columnOfRow = new Search(rows, columns, profits).solve(stop);
        long value = 0;
        for (int row = 0; row < rows; row++) {
            if (columnOfRow[row] != Assignment.UNASSIGNED) {
                value += profits[row * columns + columnOfRow[row]];
            }
        }
        return new Assignment(columnOfRow, value);
    }

    private static void checkSize(int rows, int columns) {
        if (rows < 0 || columns < 0) {
            throw new IllegalArgumentException("rows and columns must not be negative: " + rows + " × " + columns);
        }
    }

    /**
     * One solve on n rows and m columns, minimizing costs (negated profits). Each row also has a private
     * "unassigned" column of cost 0. Such a column never needs a table entry or a potential: only its row reaches
     * it, a row that took it is never reached again (it has no real column to be reached through), and its
     * potential stays 0 because a search ends on the column it makes free. So a search tracks, besides the real
     * columns, just the cheapest "leave this row unassigned" among the rows it reached.
     */
    private static final class Search {

        /**
         * Cost of a forbidden pair: an ordinary cost rather than a test in the innermost loop. The profits' bound
         * keeps every path through allowed pairs, and every potential, below half of it.
         */
        private static final long FORBIDDEN_COST = Long.MAX_VALUE / 4;
        /** Marks "no path yet". */
        private static final long INFINITE = Long.MAX_VALUE;
        /** A row that moved to its own "unassigned" column. */
        private static final int ON_OWN_COLUMN = -2;
        private static final int NONE = -1;

        private final int rows;
        private final int columns;
        /** Row-major n × m costs. */
        private final long[] cost;

        private final long[] rowPotential;
        private final long[] columnPotential;
        private final int[] columnOfRow;
        private final int[] rowOfColumn;
        /** Per column: the row the cheapest path to it comes from, and that path's length. */
        private final int[] previousRow;
        private final long[] pathCost;
        /** Per reached row: the length of the path that reached it. */
        private final long[] rowPathCost;
        /** Columns not yet reached in the current search, first {@code unscanned} of them. */
        private final int[] remaining;
        private final int[] reachedRows;
        private final int[] reachedColumns;

        Search(int rows, int columns, long[] profits) {
            this.rows = rows;
            this.columns = columns;
            this.cost = new long[profits.length];
            long largest = (FORBIDDEN_COST / 4) / (rows + columns + 1L);
            for (int index = 0; index < profits.length; index++) {
                long profit = profits[index];
                if (profit == PairProfit.FORBIDDEN) {
                    cost[index] = FORBIDDEN_COST;
                } else if (profit > largest || profit < -largest) {
                    throw new IllegalArgumentException("profit " + profit + " exceeds ±" + largest + " at this size");
                } else {
                    cost[index] = -profit;
                }
            }
            rowPotential = new long[rows];
            columnPotential = new long[columns];
            columnOfRow = new int[rows];
            rowOfColumn = new int[columns];
            previousRow = new int[columns];
            pathCost = new long[columns];
            rowPathCost = new long[rows];
            remaining = new int[columns];
            reachedRows = new int[rows];
            reachedColumns = new int[columns];
            Arrays.fill(columnOfRow, NONE);
            Arrays.fill(rowOfColumn, NONE);
        }

        /** Each row's column, or {@link Assignment#UNASSIGNED}. */
        int[] solve(BooleanSupplier stop) {
            for (int row = 0; row < rows && !stop.getAsBoolean(); row++) {
                augmentFrom(row);
            }
            int[] result = new int[rows];
            for (int row = 0; row < rows; row++) {
                result[row] = columnOfRow[row] >= 0 ? columnOfRow[row] : Assignment.UNASSIGNED;
            }
            return result;
        }

        /** Dijkstra from {@code start} over reduced costs to the nearest free column, then flips the path. */
        private void augmentFrom(int start) {
            Arrays.fill(pathCost, INFINITE);
            for (int index = 0; index < columns; index++) {
                remaining[index] = index;
            }
            int unscanned = columns;
            int rowsReached = 0;
            int columnsReached = 0;

            long shortest = 0;
            int row = start;
            long ownColumnCost = INFINITE;
            int ownColumnRow = NONE;
            int sinkColumn;
            while (true) {
                reachedRows[rowsReached++] = row;
                rowPathCost[row] = shortest;
                long rowBase = shortest - rowPotential[row];
                if (rowBase < ownColumnCost) {
                    ownColumnCost = rowBase;
                    ownColumnRow = row;
                }
                int offset = row * columns;
                int nearestIndex = NONE;
                long nearest = INFINITE;
                for (int index = 0; index < unscanned; index++) {
                    int column = remaining[index];
                    long reduced = rowBase + cost[offset + column] - columnPotential[column];
                    long known = pathCost[column];
                    if (reduced < known) {
                        previousRow[column] = row;
                        pathCost[column] = reduced;
                        known = reduced;
                    }
                    // Among equally near columns prefer a free one: it ends the search sooner.
                    if (known < nearest || known == nearest && rowOfColumn[column] == NONE) {
                        nearest = known;
                        nearestIndex = index;
                    }
                }
                if (ownColumnCost <= nearest || nearest >= FORBIDDEN_COST / 2) {
                    // Leaving a reached row unassigned is at least as near as any real column: the path ends there.
                    shortest = ownColumnCost;
                    sinkColumn = NONE;
                    break;
                }
                shortest = nearest;
                int column = remaining[nearestIndex];
                remaining[nearestIndex] = remaining[--unscanned];
                reachedColumns[columnsReached++] = column;
                if (rowOfColumn[column] == NONE) {
                    sinkColumn = column;
                    break;
                }
                row = rowOfColumn[column];
            }

            rowPotential[start] += shortest;
            for (int index = 1; index < rowsReached; index++) {
                int reached = reachedRows[index];
                rowPotential[reached] += shortest - rowPathCost[reached];
            }
            for (int index = 0; index < columnsReached; index++) {
                int reached = reachedColumns[index];
                columnPotential[reached] -= shortest - pathCost[reached];
            }

            int column;
            if (sinkColumn == NONE) {
                column = columnOfRow[ownColumnRow];
                columnOfRow[ownColumnRow] = ON_OWN_COLUMN;
                if (ownColumnRow == start) {
                    return;
                }
            } else {
                column = sinkColumn;
            }
            while (true) {
                int from = previousRow[column];
                rowOfColumn[column] = from;
                int displaced = columnOfRow[from];
                columnOfRow[from] = column;
                column = displaced;
                if (from == start) {
                    break;
                }
            }
        }
    }
}
