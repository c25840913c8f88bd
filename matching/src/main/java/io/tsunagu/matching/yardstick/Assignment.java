package io.tsunagu.matching.yardstick;

import java.util.Arrays;

/**
 * An optimal assignment: for each row its column, or {@link #UNASSIGNED}, and the total profit of the pairs made.
 */
public final class Assignment {

    public static final int UNASSIGNED = -1;

    private final int[] columnOfRow;
    private final long value;

    Assignment(int[] columnOfRow, long value) {
        this.columnOfRow = columnOfRow;
        this.value = value;
    }

    /** The column assigned to {@code row}, or {@link #UNASSIGNED}. */
    public int columnOf(int row) {
        return columnOfRow[row];
    }

    public int rows() {
        return columnOfRow.length;
    }

    /** How many pairs were made. */
    public int pairs() {
        return (int) Arrays.stream(columnOfRow).filter(column -> column != UNASSIGNED).count();
    }

    /** The sum of the profits of the pairs made. */
    public long value() {
        return value;
    }

    @Override
    public String toString() {
        return "value " + value + ", columns " + Arrays.toString(columnOfRow);
    }
}
