package io.tsunagu.staffdirectory.access;

import io.quarkus.security.identity.SecurityIdentity;
import io.tsunagu.problem.Problem;
import io.tsunagu.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import java.util.List;

/**
 * Who may change which store's data: an admin every store, a manager the stores assigned to them
 * (table manager_store), anyone else none. Checked by the services, inside their transaction.
 */
@ApplicationScoped
public class StoreAccess {

    public static final String ADMIN = "admin";
    public static final String MANAGER = "manager";
    public static final String STAFF = "staff";
    public static final String SERVICE = "service";

    private final SecurityIdentity identity;
    private final EntityManager entityManager;

    public StoreAccess(SecurityIdentity identity, EntityManager entityManager) {
        this.identity = identity;
        this.entityManager = entityManager;
    }

    /** The caller's user name, as the audit log records it; "anonymous" outside a request with a token. */
    public String actor() {
        return identity.isAnonymous() ? "anonymous" : identity.getPrincipal().getName();
    }

    public boolean isAdmin() {
        return identity.hasRole(ADMIN);
    }

    public boolean isManager() {
        return identity.hasRole(MANAGER);
    }

    /** Another Tsunagu part (matching reads shift calendars for bookings). */
    public boolean isService() {
        return identity.hasRole(SERVICE);
    }

    /** Throws 403 {@code not-your-store} unless the caller may change {@code storeId}. */
    public void requireStore(String storeId) {
        if (isAdmin()) {
            return;
        }
        if (isManager() && managedBy(actor()).contains(storeId)) {
            return;
        }
        throw new ProblemException(Problem.of(403, "not-your-store", "Not your store",
                "you may change only the stores assigned to you, not " + storeId));
    }

    /** The stores a manager is assigned, by id. */
    @SuppressWarnings("unchecked")
    public List<String> managedBy(String username) {
        return entityManager.createNativeQuery("select store_id from {h-schema}manager_store where username = ?1 order by store_id")
                .setParameter(1, username)
                .getResultList();
    }

    /** The stores whose data the caller may change: every store for an admin. */
    @SuppressWarnings("unchecked")
    public List<String> editableStores() {
        if (isAdmin()) {
            return entityManager.createNativeQuery("select id from {h-schema}store where deleted_at is null order by id").getResultList();
        }
        return isManager() ? managedBy(actor()) : List.of();
    }
}
