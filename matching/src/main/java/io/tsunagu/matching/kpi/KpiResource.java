package io.tsunagu.matching.kpi;

import io.quarkus.security.identity.SecurityIdentity;
import io.tsunagu.matching.access.Caller;
import io.tsunagu.problem.Problem;
import io.tsunagu.problem.ProblemException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/** Managers' numbers, of their own stores (an admin's of every store): JSON for the dashboard, CSV (one row per hour). */
@Path("/api/matching")
@RolesAllowed({Caller.MANAGER, Caller.ADMIN})
public class KpiResource {

    /** The longest window one call may ask for: a month of hourly rows. */
    static final Duration MAX_WINDOW = Duration.ofDays(31);
    private static final Duration DEFAULT_WINDOW = Duration.ofHours(24);
    private static final int DEFAULT_SERVICE_LEVEL_SECONDS = 20;

    private final KpiService service;
    private final SecurityIdentity identity;

    KpiResource(KpiService service, SecurityIdentity identity) {
        this.service = service;
        this.identity = identity;
    }

    @GET
    @Path("/kpis")
    @Produces(MediaType.APPLICATION_JSON)
    public Kpis kpis(@QueryParam("from") String from, @QueryParam("to") String to, @QueryParam("storeId") String storeId,
                     @QueryParam("serviceLevelSeconds") String serviceLevelSeconds) {
        return service.compute(query(from, to, storeId, serviceLevelSeconds), identity);
    }

    @GET
    @Path("/kpis.csv")
    @Produces("text/csv")
    public String csv(@QueryParam("from") String from, @QueryParam("to") String to, @QueryParam("storeId") String storeId,
                      @QueryParam("serviceLevelSeconds") String serviceLevelSeconds) {
        return KpiCsv.hourly(service.compute(query(from, to, storeId, serviceLevelSeconds), identity));
    }

    /** Checks every parameter and reports all that are wrong at once. */
    static KpiQuery query(String from, String to, String storeId, String serviceLevelSeconds) {
        List<Problem.Violation> violations = new ArrayList<>();
        Instant now = Instant.now();
        Instant end = instant("to", to, now, violations);
        Instant start = instant("from", from, (end == null ? now : end).minus(DEFAULT_WINDOW), violations);
        if (start != null && end != null) {
            if (!start.isBefore(end)) {
                violations.add(new Problem.Violation("from", "must be before to"));
            } else if (Duration.between(start, end).compareTo(MAX_WINDOW) > 0) {
                violations.add(new Problem.Violation("to", "must be at most 31 days after from"));
            }
        }
        if (storeId != null && !storeId.matches("[a-z0-9][a-z0-9-]{0,63}")) {
            violations.add(new Problem.Violation("storeId", "must be a store id such as tokyo"));
        }
        int threshold = DEFAULT_SERVICE_LEVEL_SECONDS;
        if (serviceLevelSeconds != null) {
            try {
                threshold = Integer.parseInt(serviceLevelSeconds);
                if (threshold < 1 || threshold > 3600) {
                    violations.add(new Problem.Violation("serviceLevelSeconds", "must be between 1 and 3600"));
                }
            } catch (NumberFormatException e) {
                violations.add(new Problem.Violation("serviceLevelSeconds", "must be a whole number of seconds"));
            }
        }
        if (!violations.isEmpty()) {
            throw new ProblemException(new Problem(Problem.TYPE_BASE + "invalid-request", "Invalid request", 400,
                    "the KPI query has invalid parameters", violations));
        }
        return new KpiQuery(start, end, storeId == null ? null : List.of(storeId), threshold);
    }

    private static Instant instant(String name, String value, Instant fallback, List<Problem.Violation> violations) {
        if (value == null) {
            return fallback;
        }
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            violations.add(new Problem.Violation(name, "must be an ISO-8601 UTC instant such as 2026-11-24T10:00:00Z"));
            return null;
        }
    }
}
