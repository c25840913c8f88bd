package io.tsunagu.profilebridge.insights;

import io.tsunagu.problem.Problem;
import io.tsunagu.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.rest.client.inject.RestClient;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * What staff-directory, which owns stores and staff, says about them: the stores a caller looks
 * after (a manager's own, every store for an admin) and the staff of a store. Callers never see the
 * raw clients; tests replace this bean.
 */
@ApplicationScoped
public class StoreDirectory {

    private final StaffDirectoryClients.Me me;
    private final StaffDirectoryClients.Staff staff;

    StoreDirectory(@RestClient StaffDirectoryClients.Me me, @RestClient StaffDirectoryClients.Staff staff) {
        this.me = me;
        this.staff = staff;
    }

    /** The stores the caller (by their bearer token) looks after; 503 when staff-directory cannot say (the rest client times out). */
    public Set<String> storesOf(String bearerToken) {
        try {
            List<String> stores = me.me("Bearer " + bearerToken).storeIds();
            return stores == null ? Set.of() : new TreeSet<>(stores);
        } catch (RuntimeException e) {
            throw unavailable(e);
        }
    }

    /** The usernames of each store's staff. */
    public Map<String, Set<String>> staffByStore() {
        try {
            return staff.staff().stream().filter(s -> s.storeId() != null).collect(Collectors.groupingBy(
                    StaffDirectoryClients.StaffMember::storeId, Collectors.mapping(StaffDirectoryClients.StaffMember::username,
                            Collectors.toCollection(TreeSet::new))));
        } catch (RuntimeException e) {
            throw unavailable(e);
        }
    }

    private static ProblemException unavailable(RuntimeException cause) {
        return new ProblemException(Problem.of(503, "staff-directory-unavailable", "Staff directory unavailable",
                "the stores could not be read from staff-directory: " + cause.getClass().getSimpleName()));
    }
}
