package io.tsunagu.matching.support;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.time.Duration;
import java.util.UUID;

/** Empties this part's tables, so that requests left by one test are not matched in the next; moves stored times. */
@ApplicationScoped
public class Tables {

    private final EntityManager entityManager;

    Tables(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Transactional
    public void clear() {
        entityManager.createNativeQuery("TRUNCATE booking, shopper_message, consultation_rating, consultation, offer, request_declined_staff, consultation_request, outbox_message").executeUpdate();
    }

    /** Moves a message's claim back in time, as if it had been made {@code ago} before now. */
    @Transactional
    public void backdateClaim(String messageId, Duration ago) {
        entityManager.createNativeQuery("UPDATE shopper_message SET claimed_at = claimed_at - make_interval(secs => :seconds) WHERE id = :id")
                .setParameter("seconds", (double) ago.toSeconds()).setParameter("id", UUID.fromString(messageId)).executeUpdate();
    }
}
