package io.tsunagu.matching.kpi;

import io.tsunagu.problem.Problem;
import io.tsunagu.problem.ProblemException;

import java.time.Instant;
import java.util.List;

/** The window [from, to), the stores (null: every store) and the service-level threshold. */
public record KpiQuery(Instant from, Instant to, List<String> storeIds, int serviceLevelSeconds) {

    public KpiQuery {
        storeIds = storeIds == null ? null : List.copyOf(storeIds);
    }

    /**
     * The same query limited to a manager's stores: the one they asked for if it is theirs (else 403
     * {@code not-your-store}), otherwise all of theirs.
     */
    KpiQuery within(List<String> managed) {
        if (storeIds == null) {
            return new KpiQuery(from, to, managed, serviceLevelSeconds);
        }
        for (String storeId : storeIds) {
            if (!managed.contains(storeId)) {
                throw new ProblemException(Problem.of(403, "not-your-store", "Not your store",
                        "you may see the KPIs of the stores assigned to you only, not " + storeId));
            }
        }
        return this;
    }
}
