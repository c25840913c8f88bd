package io.tsunagu.matching.kpi;

import io.tsunagu.matching.consultation.Outcome;
import io.tsunagu.matching.offer.OfferStatus;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * The KPI arithmetic, with no database:
 * <ul>
 *   <li>answered: requests made in the window that a staff member accepted; wait = accept − creation;</li>
 *   <li>abandoned: requests made in the window that the shopper cancelled;</li>
 *   <li>service level: answered within the threshold ÷ (answered + abandoned);</li>
 *   <li>abandonment: abandoned ÷ (answered + abandoned);</li>
 *   <li>wait p50/p90: nearest rank (the ⌈p·n⌉-th smallest wait);</li>
 *   <li>occupancy: a staff member's time in consultations within the window ÷ the window
 *       (until now for a window reaching into the future);</li>
 *   <li>outcomes: consultations started in the window by their notes' outcome, NONE without one.</li>
 * </ul>
 */
final class KpiCalculator {

    private KpiCalculator() {
    }

    static Kpis compute(KpiQuery query, KpiRows rows, Instant now) {
        List<KpiRows.RequestRow> requests = rows.requests();
        Counts all = counts(requests, query.serviceLevelSeconds());
        Map<OfferStatus, Integer> offerCounts = new TreeMap<>();
        rows.offers().forEach(offer -> offerCounts.merge(offer.status(), 1, Integer::sum));
        Kpis.Offers offers = new Kpis.Offers(rows.offers().size(), offerCounts.getOrDefault(OfferStatus.ACCEPTED, 0),
                offerCounts.getOrDefault(OfferStatus.DECLINED, 0), offerCounts.getOrDefault(OfferStatus.TIMED_OUT, 0),
                offerCounts.getOrDefault(OfferStatus.CANCELLED, 0), offerCounts.getOrDefault(OfferStatus.RESCINDED, 0));
        return new Kpis(query.from(), query.to(), rows.queueLength(), all.waits(), all.serviceLevel(), all.answered(),
                all.abandoned(), ratio(all.abandoned(), all.answered() + all.abandoned()), offers,
                occupancy(query, rows.consultations(), now), outcomes(query, rows.consultations()),
                byStore(requests, query.serviceLevelSeconds()), byTag(requests), byHour(query, requests));
    }

    private record Counts(int requests, int answered, int abandoned, Double serviceLevel, Kpis.Waits waits) {
    }

    private static Counts counts(List<KpiRows.RequestRow> requests, int serviceLevelSeconds) {
        List<Double> waits = new ArrayList<>();
        int abandoned = 0;
        int withinThreshold = 0;
        for (KpiRows.RequestRow request : requests) {
            if (request.acceptedAt() != null) {
                double wait = Duration.between(request.createdAt(), request.acceptedAt()).toMillis() / 1000.0;
                waits.add(wait);
                if (wait <= serviceLevelSeconds) {
                    withinThreshold++;
                }
            } else if (request.cancelled()) {
                abandoned++;
            }
        }
        waits.sort(Comparator.naturalOrder());
        return new Counts(requests.size(), waits.size(), abandoned, ratio(withinThreshold, waits.size() + abandoned),
                new Kpis.Waits(nearestRank(waits, 0.5), nearestRank(waits, 0.9)));
    }

    /** The ⌈p·n⌉-th smallest of the sorted values; null when there are none. */
    static Double nearestRank(List<Double> sorted, double p) {
        if (sorted.isEmpty()) {
            return null;
        }
        int rank = (int) Math.ceil(p * sorted.size());
        return sorted.get(Math.max(rank, 1) - 1);
    }

    private static List<Kpis.Occupancy> occupancy(KpiQuery query, List<KpiRows.ConsultationRow> consultations, Instant now) {
        Instant windowEnd = query.to().isAfter(now) ? now : query.to();
        long windowMillis = Duration.between(query.from(), windowEnd).toMillis();
        Map<String, Long> busyMillis = new TreeMap<>();
        for (KpiRows.ConsultationRow consultation : consultations) {
            Instant start = later(consultation.startedAt(), query.from());
            Instant end = earlier(consultation.endedAt() == null ? now : consultation.endedAt(), windowEnd);
            if (end.isAfter(start)) {
                busyMillis.merge(consultation.staffUsername(), Duration.between(start, end).toMillis(), Long::sum);
            } else {
                busyMillis.putIfAbsent(consultation.staffUsername(), 0L);
            }
        }
        List<Kpis.Occupancy> occupancy = new ArrayList<>();
        busyMillis.forEach((staff, millis) -> occupancy.add(new Kpis.Occupancy(staff,
                windowMillis <= 0 ? 0.0 : round(millis / (double) windowMillis))));
        return occupancy;
    }

    private static Map<String, Integer> outcomes(KpiQuery query, List<KpiRows.ConsultationRow> consultations) {
        Map<String, Integer> outcomes = new LinkedHashMap<>();
        for (Outcome outcome : Outcome.values()) {
            outcomes.put(outcome.name(), 0);
        }
        outcomes.put("NONE", 0);
        consultations.stream()
                .filter(consultation -> !consultation.startedAt().isBefore(query.from()) && consultation.startedAt().isBefore(query.to()))
                .forEach(consultation -> outcomes.merge(consultation.outcome() == null ? "NONE" : consultation.outcome(), 1, Integer::sum));
        return outcomes;
    }

    private static List<Kpis.ByStore> byStore(List<KpiRows.RequestRow> requests, int serviceLevelSeconds) {
        Map<String, List<KpiRows.RequestRow>> stores = new TreeMap<>();
        requests.stream().filter(request -> request.storeId() != null)
                .forEach(request -> stores.computeIfAbsent(request.storeId(), store -> new ArrayList<>()).add(request));
        List<Kpis.ByStore> byStore = new ArrayList<>();
        stores.forEach((store, rows) -> {
            Counts counts = counts(rows, serviceLevelSeconds);
            byStore.add(new Kpis.ByStore(store, counts.requests(), counts.answered(), counts.serviceLevel()));
        });
        return byStore;
    }

    private static List<Kpis.ByTag> byTag(List<KpiRows.RequestRow> requests) {
        Map<String, Integer> tags = new TreeMap<>();
        requests.stream().filter(request -> request.topTag() != null)
                .forEach(request -> tags.merge(request.topTag(), 1, Integer::sum));
        return tags.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .map(entry -> new Kpis.ByTag(entry.getKey(), entry.getValue()))
                .toList();
    }

    /** Every hour from the one holding {@code from} to the one holding the end, requests by their creation hour. */
    private static List<Kpis.ByHour> byHour(KpiQuery query, List<KpiRows.RequestRow> requests) {
        List<Kpis.ByHour> hours = new ArrayList<>();
        for (Instant hour = query.from().truncatedTo(ChronoUnit.HOURS); hour.isBefore(query.to()); hour = hour.plus(1, ChronoUnit.HOURS)) {
            Instant start = hour;
            Instant end = hour.plus(1, ChronoUnit.HOURS);
            Predicate<KpiRows.RequestRow> inHour = request -> !request.createdAt().isBefore(start) && request.createdAt().isBefore(end);
            Counts counts = counts(requests.stream().filter(inHour).toList(), query.serviceLevelSeconds());
            hours.add(new Kpis.ByHour(hour, counts.requests(), counts.answered(), counts.abandoned(), counts.serviceLevel(), counts.waits()));
        }
        return hours;
    }

    private static Double ratio(int part, int whole) {
        return whole == 0 ? null : round(part / (double) whole);
    }

    private static double round(double value) {
        return BigDecimal.valueOf(value).setScale(4, RoundingMode.HALF_UP).doubleValue();
    }

    private static Instant later(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    private static Instant earlier(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }
}
