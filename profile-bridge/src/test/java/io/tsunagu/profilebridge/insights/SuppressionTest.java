package io.tsunagu.profilebridge.insights;

import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class SuppressionTest {

    private static final int K = 5;

    private static Map<String, Long> cells(long a, long b, long c) {
        Map<String, Long> cells = new LinkedHashMap<>();
        cells.put("a", a);
        cells.put("b", b);
        cells.put("c", c);
        return cells;
    }

    @Test
    void countsFromOneToBelowTheMinimumAreWithheldAndZeroIsShown() {
        assertThat(Suppression.cell(0, K)).isZero();
        assertThat(Suppression.cell(1, K)).isNull();
        assertThat(Suppression.cell(4, K)).isNull();
        assertThat(Suppression.cell(5, K)).isEqualTo(5);
    }

    @Test
    void aLoneWithheldCellTakesTheSmallestOtherWithItSoTheTotalDoesNotGiveItAway() {
        assertThat(Suppression.breakdown(cells(9, 6, 2), K)).containsExactlyEntriesOf(withNulls(9L, null, null));
        assertThat(Suppression.breakdown(cells(9, 0, 2), K)).containsExactlyEntriesOf(withNulls(null, 0L, null));
    }

    @Test
    void twoWithheldCellsOrNoneNeedNothingMore() {
        assertThat(Suppression.breakdown(cells(9, 3, 2), K)).containsExactlyEntriesOf(withNulls(9L, null, null));
        assertThat(Suppression.breakdown(cells(9, 6, 0), K)).containsExactlyEntriesOf(withNulls(9L, 6L, 0L));
    }

    private static Map<String, Long> withNulls(Long a, Long b, Long c) {
        Map<String, Long> cells = new LinkedHashMap<>();
        cells.put("a", a);
        cells.put("b", b);
        cells.put("c", c);
        return cells;
    }
}
