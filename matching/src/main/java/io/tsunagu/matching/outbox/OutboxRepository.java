package io.tsunagu.matching.outbox;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.util.List;
import java.util.Set;

@ApplicationScoped
class OutboxRepository implements PanacheRepositoryBase<OutboxMessage, Long> {

    /**
     * The first messages in the order they were written, leaving out the keys held back. Always from the head:
     * a cursor would step over a message whose transaction took its id earlier but committed later.
     */
    List<OutboxMessage> listFirst(Set<String> heldBackKeys, int limit) {
        return (heldBackKeys.isEmpty() ? find("order by id") : find("orderingKey not in ?1 order by id", heldBackKeys))
                .page(0, limit).list();
    }

    void failed(long id, Instant nextAttemptAt, String error) {
        update("attempts = attempts + 1, nextAttemptAt = ?1, lastError = ?2 where id = ?3", nextAttemptAt, error, id);
    }
}
