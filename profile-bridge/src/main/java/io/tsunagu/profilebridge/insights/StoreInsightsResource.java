package io.tsunagu.profilebridge.insights;

import io.tsunagu.problem.Problem;
import io.tsunagu.problem.ProblemException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.jwt.JsonWebToken;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Managers' aggregated view of their stores' recent shoppers (admins: every store). Managers read
 * no individual report: this is what they see of shoppers.
 */
@Path("/store-insights")
@Produces(MediaType.APPLICATION_JSON)
public class StoreInsightsResource {

    static final int DEFAULT_DAYS = 30;
    static final int MAX_DAYS = 365;
    private static final Pattern STORE_ID = Pattern.compile("[a-z0-9-]{1,64}");

    private final StoreInsightsService service;
    private final StoreDirectory directory;
    private final JsonWebToken token;

    StoreInsightsResource(StoreInsightsService service, StoreDirectory directory, JsonWebToken token) {
        this.service = service;
        this.directory = directory;
        this.token = token;
    }

    /** Every store the caller looks after, ordered by store id. */
    @GET
    @RolesAllowed({"manager", "admin"})
    public List<StoreInsights> all(@QueryParam("days") String days) {
        Duration window = window(days);
        Map<String, Set<String>> staff = directory.staffByStore();
        return directory.storesOf(token.getRawToken()).stream().sorted()
                .map(store -> service.of(store, staff.getOrDefault(store, Set.of()), window)).toList();
    }

    /** One store; a manager of other stores gets 403 {@code not-your-store}. */
    @GET
    @Path("{storeId}")
    @RolesAllowed({"manager", "admin"})
    public StoreInsights one(@PathParam("storeId") String storeId, @QueryParam("days") String days) {
        if (!STORE_ID.matcher(storeId).matches()) {
            throw invalid("storeId", "must be 1 to 64 characters of a-z, 0-9 and -");
        }
        Duration window = window(days);
        if (!directory.storesOf(token.getRawToken()).contains(storeId)) {
            throw new ProblemException(Problem.of(403, "not-your-store", "Not your store",
                    "a manager sees the insights of the stores assigned to them only"));
        }
        return service.of(storeId, directory.staffByStore().getOrDefault(storeId, Set.of()), window);
    }

    /** The look-back in days (default 30); read as text, so that "week" is a 400 and not JAX-RS's 404. */
    private static Duration window(String days) {
        int value;
        try {
            value = days == null ? DEFAULT_DAYS : Integer.parseInt(days.strip());
        } catch (NumberFormatException e) {
            value = -1;
        }
        if (value < 1 || value > MAX_DAYS) {
            throw invalid("days", "must be between 1 and " + MAX_DAYS);
        }
        return Duration.ofDays(value);
    }

    private static ProblemException invalid(String field, String message) {
        return new ProblemException(new Problem(Problem.TYPE_BASE + "invalid-request", "Invalid request", 400,
                "the request was refused", List.of(new Problem.Violation(field, message))));
    }
}
