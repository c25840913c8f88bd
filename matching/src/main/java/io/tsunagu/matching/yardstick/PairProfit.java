package io.tsunagu.matching.yardstick;

/** What assigning one row to one column is worth, or {@link #FORBIDDEN} when the pair may not be made. */
@FunctionalInterface
public interface PairProfit {

    /** Marks a pair that no assignment may contain (a hard constraint such as a language mismatch). */
    long FORBIDDEN = Long.MIN_VALUE;

    long profit(int row, int column);
}
