package io.tsunagu.matching.offer;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

@ApplicationScoped
public class OfferRepository implements PanacheRepositoryBase<Offer, UUID> {

    public Optional<Offer> findForUpdate(UUID id) {
        return findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE);
    }

    /** The request an offer belongs to, read without loading or locking the offer. */
    public Optional<UUID> findRequestId(UUID offerId) {
        return getEntityManager().createQuery("select o.requestId from Offer o where o.id = :id", UUID.class)
                .setParameter("id", offerId)
                .getResultStream()
                .findFirst();
    }

    public List<Offer> listPendingFor(String staffUsername) {
        return list("staffUsername = ?1 and status = ?2 order by createdAt", staffUsername, OfferStatus.PENDING);
    }

    public Optional<Offer> findPendingForRequest(UUID requestId) {
        return find("requestId = ?1 and status = ?2", requestId, OfferStatus.PENDING).firstResultOptional();
    }

    /**
     * Serializes offers to one staff member until the transaction ends, so two rounds (or two
     * nodes) cannot both see a free slot and fill it twice. Staff have no row here to lock.
     */
    public void lockStaff(String staffUsername) {
        getEntityManager().createNativeQuery("SELECT pg_advisory_xact_lock(hashtext(:staff))")
                .setParameter("staff", staffUsername)
                .getSingleResult();
    }

    /** Live offers to the staff member or for the request: what the reservation rules need to decide. */
    public List<Offer> listPendingForStaffOrRequest(String staffUsername, UUID requestId) {
        return list("status = ?1 and (staffUsername = ?2 or requestId = ?3)", OfferStatus.PENDING, staffUsername, requestId);
    }

    /** Staff user name → their pending offers. */
    public Map<String, Long> pendingByStaff() {
        return list("status", OfferStatus.PENDING).stream()
                .collect(Collectors.groupingBy(Offer::getStaffUsername, Collectors.counting()));
    }

    /** Ids of pending offers whose countdown has run out, oldest first. */
    public List<UUID> listExpiredIds(Instant now, int limit) {
        return getEntityManager().createQuery(
                        "select o.id from Offer o where o.status = :pending and o.expiresAt <= :now order by o.expiresAt", UUID.class)
                .setParameter("pending", OfferStatus.PENDING)
                .setParameter("now", now)
                .setMaxResults(limit)
                .getResultList();
    }
}
