package io.tsunagu.matching.dryrun;

import java.util.List;
import java.util.UUID;

/** What the current queue would get under the saved weights and under the candidate ones. */
public record DryRunView(int queueLength, Outcome current, Outcome candidate, Kpis deltas, List<Change> changed) {

    /** One solve's assignments and their KPIs. */
    public record Outcome(List<Assignment> assignments, Kpis kpis) {
    }

    /** A request and the staff member it would go to; {@code fit} is the normalized expertise fit, 0–1. */
    public record Assignment(UUID requestId, String staffUsername, double fit) {
    }

    /**
     * {@code assigned}: requests given a staff member; {@code meanFit}: their mean normalized fit;
     * {@code maxWaitSeconds}: the longest wait among those left waiting; {@code loadMaxMin}: the largest staff
     * load over the smallest, each load counting recent consultations plus this round's, plus one.
     */
    public record Kpis(int assigned, double meanFit, long maxWaitSeconds, double loadMaxMin) {
    }

    /** A request whose staff member differs between the two solves; null is "stays waiting". */
    public record Change(UUID requestId, String from, String to) {
    }
}
