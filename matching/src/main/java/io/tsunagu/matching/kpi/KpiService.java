package io.tsunagu.matching.kpi;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Instant;

/** KPIs over matching's own requests, offers and consultations. */
@ApplicationScoped
public class KpiService {

    private final KpiRepository repository;

    KpiService(KpiRepository repository) {
        this.repository = repository;
    }

    @Transactional
    public Kpis compute(KpiQuery query) {
        return KpiCalculator.compute(query, repository.load(query), Instant.now());
    }
}
