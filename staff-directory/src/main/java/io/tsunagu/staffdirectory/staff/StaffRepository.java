package io.tsunagu.staffdirectory.staff;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class StaffRepository implements PanacheRepositoryBase<Staff, String> {

    public List<Staff> listInOrder() {
        return listAll(Sort.by("username"));
    }

    public List<Staff> listByPresence(Presence presence) {
        return list("presence", Sort.by("username"), presence);
    }

    /**
     * Loads a staff member and locks the row until the transaction ends, so that a presence rule
     * is checked against the state it then changes (staff and matching write concurrently).
     */
    public Optional<Staff> findForUpdate(String username) {
        return findByIdOptional(username, LockModeType.PESSIMISTIC_WRITE);
    }
}
