package io.tsunagu.matching.kpi;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Matching's KPIs over a window. Ratios are null when there is nothing to divide by; wait
 * percentiles are null without answered requests.
 */
public record Kpis(Instant from, Instant to, int queueLength, Waits waitSeconds, Double serviceLevel, int answered,
                   int abandoned, Double abandonment, Offers offers, List<Occupancy> occupancy,
                   Map<String, Integer> outcomes, List<ByStore> byStore, List<ByTag> byTag, List<ByHour> byHour) {

    public record Waits(Double p50, Double p90) {
    }

    public record Offers(int made, int accepted, int declined, int timedOut, int cancelled, int rescinded) {
    }

    public record Occupancy(String staffUsername, double ratio) {
    }

    public record ByStore(String storeId, int requests, int answered, Double serviceLevel) {
    }

    public record ByTag(String tag, int requests) {
    }

    /** One hour; the CSV export adds the hour's service level and waits. */
    public record ByHour(Instant hour, int requests, int answered, int abandoned, Double serviceLevel, Waits waitSeconds) {
    }
}
