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

    /** Staff by their own choice, whatever busy state is shown over it. */
    public List<Staff> listByAvailability(Presence availability) {
        return list("availability", Sort.by("username"), availability);
    }

    /** Whether the user name was ever used, by a present or a deleted staff member. */
    public boolean everUsed(String username) {
        return ((Number) getEntityManager().createNativeQuery("select count(*) from {h-schema}staff where username = ?1")
                .setParameter(1, username).getSingleResult()).longValue() > 0;
    }

    /**
     * Loads a staff member and locks the row until the transaction ends, so that a presence rule
     * is checked against the state it then changes (staff and matching write concurrently).
     */
    public Optional<Staff> findForUpdate(String username) {
        return findByIdOptional(username, LockModeType.PESSIMISTIC_WRITE);
    }
}
