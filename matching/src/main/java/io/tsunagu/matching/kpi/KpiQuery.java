package io.tsunagu.matching.kpi;

import java.time.Instant;

/** The window [from, to), the store (null: every store) and the service-level threshold. */
public record KpiQuery(Instant from, Instant to, String storeId, int serviceLevelSeconds) {
}
