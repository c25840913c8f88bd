package io.tsunagu.matching.kpi;

import io.tsunagu.problem.Problem;
import io.tsunagu.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.faulttolerance.Fallback;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;

import java.util.List;

/**
 * The stores assigned to a manager, as staff-directory keeps them (an admin reassigns them there, so they
 * are asked for on every KPI request rather than carried in the token, which would lag behind).
 */
@ApplicationScoped
public class ManagerStores {

    private static final Logger LOG = Logger.getLogger(ManagerStores.class);

    private final ManagerStoresClient client;

    ManagerStores(@RestClient ManagerStoresClient client) {
        this.client = client;
    }

    /** Store ids; when staff-directory does not answer, 503: a manager is never shown stores that are not theirs. */
    @Timeout(2000)
    @Fallback(fallbackMethod = "unknown")
    public List<String> of(String managerUsername) {
        return List.copyOf(client.stores(managerUsername));
    }

    List<String> unknown(String managerUsername, Throwable failure) {
        LOG.warnf("staff-directory did not say which stores %s looks after: %s", managerUsername, failure.toString());
        throw new ProblemException(Problem.of(503, "part-unavailable", "Stores unknown",
                "staff-directory did not say which stores are yours; try again in a moment"));
    }
}
