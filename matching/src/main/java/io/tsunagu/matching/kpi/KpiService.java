package io.tsunagu.matching.kpi;

import io.quarkus.security.identity.SecurityIdentity;
import io.tsunagu.matching.access.Caller;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;

/** KPIs over matching's own requests, offers and consultations. */
@ApplicationScoped
public class KpiService {

    private final KpiRepository repository;
    private final ManagerStores managerStores;

    KpiService(KpiRepository repository, ManagerStores managerStores) {
        this.repository = repository;
        this.managerStores = managerStores;
    }

    /** An admin sees every store; anyone else (a manager) the stores assigned to them. */
    public Kpis compute(KpiQuery query, SecurityIdentity caller) {
        KpiQuery scoped = caller.hasRole(Caller.ADMIN) ? query
                : query.within(managerStores.of(caller.getPrincipal().getName()));
        // Read in its own transaction, after staff-directory answered: no connection is held across that call.
        return KpiCalculator.compute(scoped, repository.load(scoped), Instant.now());
    }
}
