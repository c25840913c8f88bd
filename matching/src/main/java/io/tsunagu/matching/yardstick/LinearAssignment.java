package io.tsunagu.matching.yardstick;

import java.util.Arrays;

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

    /** Reduced costs never reach this; marks "no path yet" in the search. */
    private static final long INFINITE = Long.MAX_VALUE;

    private LinearAssignment() {
    }

    /** The assignment of largest total profit for a {@code rows} × {@code columns} problem. */
    public static Assignment maximize(int rows, int columns, PairProfit profit) {
        if (rows < 0 || columns < 0) {
            throw new IllegalArgumentException("rows and columns must not be negative: " + rows + " × " + columns);
        }
        int[] columnOfRow = new Search(rows, columns, profit).solve();
        long value = 0;
        for (int row = 0; row < rows; row++) {
            if (columnOfRow[row] != Assignment.UNASSIGNED) {
                value += profit.profit(row, columnOfRow[row]);
            }
        }
        return new Assignment(columnOfRow, value);
    }

    /**
     * One solve on n rows and m real columns. Columns m..m+n-1 are the rows' "unassigned" columns: column m+i
     * is open to row i alone at cost 0. Costs are negated profits, so the search minimizes.
     */
    private static final class Search {

        private final int rows;
        private final int realColumns;
        private final int columns;
        /** Row-major n × m costs of the real columns; {@link #INFINITE} when forbidden. */
        private final long[] cost;

        private final long[] rowPotential;
        private final long[] columnPotential;
        private final int[] columnOfRow;
        private final int[] rowOfColumn;
        private final int[] previousRow;
        private final long[] pathCost;
        private final boolean[] rowReached;
        private final boolean[] columnReached;
        private final int[] remaining;

        Search(int rows, int realColumns, PairProfit profit) {
            this.rows = rows;
            this.realColumns = realColumns;
            this.columns = realColumns + rows;
            this.cost = new long[Math.multiplyExact(rows, realColumns)];
            for (int row = 0; row < rows; row++) {
                for (int column = 0; column < realColumns; column++) {
                    long value = profit.profit(row, column);
                    cost[row * realColumns + column] = value == PairProfit.FORBIDDEN ? INFINITE : Math.negateExact(value);
                }
            }
            rowPotential = new long[rows];
            columnPotential = new long[columns];
            columnOfRow = new int[rows];
            rowOfColumn = new int[columns];
            previousRow = new int[columns];
            pathCost = new long[columns];
            rowReached = new boolean[rows];
            columnReached = new boolean[columns];
            remaining = new int[columns];
            Arrays.fill(columnOfRow, Assignment.UNASSIGNED);
            Arrays.fill(rowOfColumn, Assignment.UNASSIGNED);
        }

        /** Each row's real column, or {@link Assignment#UNASSIGNED}. */
        int[] solve() {
            for (int row = 0; row < rows; row++) {
                augmentFrom(row);
            }
            int[] result = new int[rows];
            for (int row = 0; row < rows; row++) {
                result[row] = columnOfRow[row] < realColumns ? columnOfRow[row] : Assignment.UNASSIGNED;
            }
            return result;
        }

        private long costOf(int row, int column) {
            if (column < realColumns) {
                return cost[row * realColumns + column];
            }
            return column - realColumns == row ? 0 : INFINITE;
        }

        /** Dijkstra from {@code start} over reduced costs to the nearest free column, then flips the path. */
        private void augmentFrom(int start) {
            Arrays.fill(rowReached, false);
            Arrays.fill(columnReached, false);
            Arrays.fill(pathCost, INFINITE);
            // A row's own "unassigned" column is only reachable from that row, so it joins the scan when the
            // row is reached: a search scans m plus the rows it reaches, not m + n columns per row.
            int unscanned = realColumns;
            for (int index = 0; index < realColumns; index++) {
                remaining[index] = index;
            }

            long shortest = 0;
            int row = start;
            int sink = Assignment.UNASSIGNED;
            while (sink == Assignment.UNASSIGNED) {
                rowReached[row] = true;
                remaining[unscanned++] = realColumns + row;
                int nearestIndex = -1;
                long nearest = INFINITE;
                for (int index = 0; index < unscanned; index++) {
                    int column = remaining[index];
                    long pairCost = costOf(row, column);
                    if (pairCost != INFINITE) {
                        long reduced = shortest + pairCost - rowPotential[row] - columnPotential[column];
                        if (reduced < pathCost[column]) {
                            previousRow[column] = row;
                            pathCost[column] = reduced;
                        }
                    }
                    // Among equally near columns prefer a free one: it ends the search sooner.
                    if (pathCost[column] < nearest
                            || pathCost[column] == nearest && nearest != INFINITE
                            && rowOfColumn[column] == Assignment.UNASSIGNED) {
                        nearest = pathCost[column];
                        nearestIndex = index;
                    }
                }
                // Every row reaches its own "unassigned" column, so a nearest column always exists.
                shortest = nearest;
                int column = remaining[nearestIndex];
                columnReached[column] = true;
                remaining[nearestIndex] = remaining[--unscanned];
                if (rowOfColumn[column] == Assignment.UNASSIGNED) {
                    sink = column;
                } else {
                    row = rowOfColumn[column];
                }
            }

            rowPotential[start] += shortest;
            for (int reached = 0; reached < rows; reached++) {
                if (rowReached[reached] && reached != start) {
                    rowPotential[reached] += shortest - pathCost[columnOfRow[reached]];
                }
            }
            for (int column = 0; column < columns; column++) {
                if (columnReached[column]) {
                    columnPotential[column] -= shortest - pathCost[column];
                }
            }

            int column = sink;
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
