package io.tsunagu.matching.message;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class MessageRepository implements PanacheRepositoryBase<ShopperMessage, UUID> {

    /** The most a list answers: the newest first, so nothing recent is cut off. */
    static final int LIST_LIMIT = 200;

    public Optional<ShopperMessage> findForUpdate(UUID id) {
        return findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE);
    }

    public List<ShopperMessage> listOfVisitor(String visitorId) {
        return find("visitorId = ?1 order by createdAt desc", visitorId).page(0, LIST_LIMIT).list();
    }

    /**
     * Unanswered messages a staff member of {@code storeId} may take (open ones, and others' claims
     * made before {@code lapsedBefore}), and those they claimed; oldest first.
     */
    public List<ShopperMessage> listOpenFor(String storeId, String username, Instant lapsedBefore) {
        return find("((status = ?1 or (status = ?3 and claimedAt < ?5)) and (preferredStoreId is null or preferredStoreId = ?2))"
                        + " or (status = ?3 and claimedBy = ?4) order by createdAt",
                MessageStatus.OPEN, storeId, MessageStatus.CLAIMED, username, lapsedBefore)
                .page(0, LIST_LIMIT).list();
    }
}
