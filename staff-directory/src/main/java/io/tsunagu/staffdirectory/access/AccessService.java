package io.tsunagu.staffdirectory.access;

import io.quarkus.security.identity.SecurityIdentity;
import io.tsunagu.staffdirectory.Violations;
import io.tsunagu.staffdirectory.audit.AuditLog;
import io.tsunagu.staffdirectory.store.StoreRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

@ApplicationScoped
public class AccessService {

    private static final String USERNAME = "[A-Za-z0-9][A-Za-z0-9._@-]{0,254}";

    private final SecurityIdentity identity;
    private final StoreAccess access;
    private final StoreRepository stores;
    private final EntityManager entityManager;
    private final AuditLog audit;

    public AccessService(SecurityIdentity identity, StoreAccess access, StoreRepository stores,
                         EntityManager entityManager, AuditLog audit) {
        this.identity = identity;
        this.access = access;
        this.stores = stores;
        this.entityManager = entityManager;
        this.audit = audit;
    }

    /** The caller: an admin sees every store, a manager theirs, a staff member the one they work in. */
    @Transactional
    public MeView me() {
        String username = access.actor();
        List<String> roles = Stream.of(StoreAccess.ADMIN, StoreAccess.MANAGER, StoreAccess.STAFF)
                .filter(identity::hasRole).toList();
        Set<String> storeIds = new TreeSet<>(access.editableStores());
        if (identity.hasRole(StoreAccess.STAFF)) {
            entityManager.createNativeQuery("select store_id from {h-schema}staff where username = ?1 and deleted_at is null")
                    .setParameter(1, username).getResultStream().forEach(id -> storeIds.add((String) id));
        }
        return new MeView(username, roles, List.copyOf(storeIds));
    }

    /** The stores assigned to a manager, by id; matching asks, to limit a manager's KPIs to them. */
    @Transactional
    public List<String> managedStores(String username) {
        if (!username.matches(USERNAME)) {
            throw Violations.invalid("username", "not a user name");
        }
        return access.managedBy(username);
    }

    /** Replaces the stores assigned to a manager; every id must name a store. */
    @Transactional
    public List<String> replaceManagedStores(String username, List<String> storeIds) {
        Violations violations = new Violations();
        if (!username.matches(USERNAME)) {
            violations.add("username", "not a user name");
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < storeIds.size(); i++) {
            String id = storeIds.get(i);
            if (stores.findByIdOptional(id).isEmpty()) {
                violations.add("[" + i + "]", "unknown store " + id);
            } else if (!seen.add(id)) {
                violations.add("[" + i + "]", "store " + id + " is listed more than once");
            }
        }
        violations.throwIfAny();
        List<String> before = access.managedBy(username);
        entityManager.createNativeQuery("delete from {h-schema}manager_store where username = ?1")
                .setParameter(1, username).executeUpdate();
        for (String id : seen) {
            entityManager.createNativeQuery("insert into {h-schema}manager_store (username, store_id) values (?1, ?2)")
                    .setParameter(1, username).setParameter(2, id).executeUpdate();
        }
        List<String> after = access.managedBy(username);
        audit.record("replace", "manager-stores", username, null,
                "stores " + before + " → " + after);
        return after;
    }
}
