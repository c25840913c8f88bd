package io.tsunagu.matching.outbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.tsunagu.matching.config.MatchingConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Where matching writes what it owes the other parts: in the transaction of the change itself, so
 * that the change and the message commit together or not at all. Once the transaction commits,
 * {@link OutboxSender} is woken to deliver at once, and the committing thread waits for it a moment;
 * a crash before it delivers leaves the row for the next start.
 */
@ApplicationScoped
public class Outbox {

    /** Marks a transaction whose commit already waits for the sender. */
    private static final Object AFTER_COMMIT = new Object();

    private final OutboxRepository repository;
    private final ObjectMapper json;
    private final TransactionSynchronizationRegistry transactions;
    private final OutboxSender sender;
    private final Duration waitAfterCommit;

    Outbox(OutboxRepository repository, ObjectMapper json, TransactionSynchronizationRegistry transactions, OutboxSender sender,
           MatchingConfig config) {
        this.repository = repository;
        this.json = json;
        this.transactions = transactions;
        this.sender = sender;
        this.waitAfterCommit = config.outbox().waitAfterCommit();
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void add(Outbound message) {
        try {
            repository.persist(new OutboxMessage(message.orderingKey(),
                    json.writerFor(Outbound.class).writeValueAsString(message), Instant.now()));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("an outbox message could not be written as JSON", e);
        }
        if (transactions.getResource(AFTER_COMMIT) == null) {
            transactions.putResource(AFTER_COMMIT, Boolean.TRUE);
            transactions.registerInterposedSynchronization(new Synchronization() {
                @Override
                public void beforeCompletion() {
                }

                @Override
                public void afterCompletion(int status) {
                    if (status == Status.STATUS_COMMITTED) {
                        awaitDelivery();
                    }
                }
            });
        }
    }

    /**
     * Wakes the sender and waits a moment for it, as the calls were awaited before they went through the outbox:
     * a staff member's next request (going away right after a decline) then lands after matching's presence, not
     * before it. The wait is bounded; what is not delivered by then is delivered later all the same.
     */
    private void awaitDelivery() {
        try {
            sender.wake().get(waitAfterCommit.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException | ExecutionException e) {
            // Not delivered yet (a drain logs its own failures): the sender goes on, in order.
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** A server message for {@link Outbound.PushToStaff}, as the REST client would have sent it. */
    public JsonNode json(Object message) {
        return json.valueToTree(message);
    }
}
