package io.tsunagu.profilebridge.insights;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Minimum group size for counts of people: a count from 1 to k − 1 is withheld (null), so that no
 * cell points at a few identifiable shoppers. When exactly one cell of a breakdown is withheld, the
 * smallest other non-zero cell is withheld too: otherwise the total minus the shown cells gives it away.
 */
final class Suppression {

    private Suppression() {
    }

    static Long cell(long count, int k) {
        return count > 0 && count < k ? null : count;
    }

    /** The breakdown with small cells withheld, in the order given. */
    static Map<String, Long> breakdown(Map<String, Long> counts, int k) {
        Map<String, Long> shown = new LinkedHashMap<>();
        counts.forEach((name, count) -> shown.put(name, cell(count, k)));
        long withheld = shown.values().stream().filter(v -> v == null).count();
        if (withheld == 1) {
            List<String> others = shown.entrySet().stream().filter(e -> e.getValue() != null && e.getValue() > 0)
                    .sorted(Comparator.comparingLong(Map.Entry::getValue)).map(Map.Entry::getKey).toList();
            if (!others.isEmpty()) {
                shown.put(others.get(0), null);
            }
        }
        return shown;
    }
}
