package io.tsunagu.matching.support;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/** Empties this part's tables, so that requests left by one test are not matched in the next. */
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
}
