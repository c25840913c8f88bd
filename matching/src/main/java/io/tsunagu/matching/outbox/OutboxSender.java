package io.tsunagu.matching.outbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import io.tsunagu.matching.client.ProfileBridge;
import io.tsunagu.matching.client.Recipient;
import io.tsunagu.matching.client.Signaling;
import io.tsunagu.matching.client.StaffDirectory;
import io.tsunagu.matching.config.MatchingConfig;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.WebApplicationException;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Delivers the outbox on its own thread, one message at a time in the order they were written.
 * Woken after each commit that wrote to the outbox, and every {@code outbox.drain-every} for the
 * retries and for what a crash left behind. A message that fails waits with a doubling back-off and
 * holds back the later messages of its key (a staff member's presence must not overtake an older
 * one); a receiver's definitive refusal (4xx other than 401, 403, 408, 429) is logged and dropped,
 * since repeating it cannot help; so is a message still undelivered after {@code outbox.give-up-after}.
 * One node drains: several matching nodes would each deliver every row (harmless, but twice).
 */
@ApplicationScoped
public class OutboxSender {

    private static final Logger LOG = Logger.getLogger(OutboxSender.class);
    private static final int BATCH = 100;

    private final OutboxRepository repository;
    private final ObjectMapper json;
    private final StaffDirectory staffDirectory;
    private final Signaling signaling;
    private final ProfileBridge profileBridge;
    private final MatchingConfig.OutboxConfig config;
    /** The drain asked for and not yet begun, if any. */
    private final AtomicReference<CompletableFuture<Void>> queued = new AtomicReference<>();
    private final ExecutorService worker = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "matching-outbox");
        thread.setDaemon(true);
        return thread;
    });

    OutboxSender(OutboxRepository repository, ObjectMapper json, StaffDirectory staffDirectory, Signaling signaling,
                 ProfileBridge profileBridge, MatchingConfig config) {
        this.repository = repository;
        this.json = json;
        this.staffDirectory = staffDirectory;
        this.signaling = signaling;
        this.profileBridge = profileBridge;
        this.config = config.outbox();
    }

    /**
     * Asks for a drain soon and returns at once; the answer completes when a drain that began after this call
     * has ended. Wakes coalesce: any number while a drain is queued share it, one during a drain queues one more.
     */
    public CompletableFuture<Void> wake() {
        synchronized (queued) {
            if (queued.get() == null) {
                CompletableFuture<Void> drain = new CompletableFuture<>();
                queued.set(drain);
                try {
                    worker.execute(() -> runDrain(drain));
                } catch (RejectedExecutionException e) {
                    // Shutting down: the rows stay for the next start.
                    queued.set(null);
                    drain.complete(null);
                }
            }
            return queued.get();
        }
    }

    @Scheduled(every = "${tsunagu.matching.outbox.drain-every}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void poll() {
        wake();
    }

    private void runDrain(CompletableFuture<Void> done) {
        synchronized (queued) {
            queued.compareAndSet(done, null);
        }
        try {
            drain();
        } catch (RuntimeException e) {
            LOG.error("outbox drain failed; the next wake or poll retries", e);
        } finally {
            done.complete(null);
        }
    }

    /** Each message is delivered, dropped or its key held back, so every batch shrinks what is left until none is. */
    private void drain() {
        Set<String> heldBack = new HashSet<>();
        while (true) {
            List<OutboxMessage> batch = QuarkusTransaction.requiringNew().call(() -> repository.listFirst(heldBack, BATCH));
            if (batch.isEmpty()) {
                return;
            }
            for (OutboxMessage message : batch) {
                if (heldBack.contains(message.getOrderingKey())) {
                    continue;
                }
                Instant now = Instant.now();
                if (message.getNextAttemptAt().isAfter(now) || !send(message, now)) {
                    heldBack.add(message.getOrderingKey());
                }
            }
        }
    }

    /** True when the message is done with (delivered, refused or given up), false when it waits for a retry. */
    private boolean send(OutboxMessage message, Instant now) {
        try {
            deliver(json.readValue(message.getPayload(), Outbound.class));
        } catch (JsonProcessingException e) {
            LOG.errorf("outbox message %d is not readable, dropped: %s", message.getId(), e.getMessage());
        } catch (RuntimeException failure) {
            if (refused(failure)) {
                LOG.warnf("outbox message %d (%s) was refused, dropped: %s", message.getId(), message.getOrderingKey(), failure);
            } else if (message.getCreatedAt().plus(config.giveUpAfter()).isBefore(now)) {
                LOG.errorf("outbox message %d (%s) undelivered since %s, given up: %s", message.getId(),
                        message.getOrderingKey(), message.getCreatedAt(), failure);
            } else {
                Instant next = now.plus(backOff(message.getAttempts()));
                String error = String.valueOf(failure);
                LOG.warnf("outbox message %d (%s) not delivered, next attempt at %s: %s", message.getId(),
                        message.getOrderingKey(), next, error);
                QuarkusTransaction.requiringNew().run(() -> repository.failed(message.getId(), next,
                        error.length() > 500 ? error.substring(0, 500) : error));
                return false;
            }
        }
        QuarkusTransaction.requiringNew().run(() -> repository.deleteById(message.getId()));
        return true;
    }

    private void deliver(Outbound message) {
        if (message instanceof Outbound.SetPresence presence) {
            staffDirectory.setPresence(presence.staffUsername(), presence.presence());
        } else if (message instanceof Outbound.PushToStaff push) {
            signaling.deliver(Recipient.staff(push.staffUsername()), push.message());
        } else if (message instanceof Outbound.OpenRoom room) {
            signaling.openRoom(room.consultationId(), room.visitorId(), room.staffUsername());
        } else if (message instanceof Outbound.CloseRoom room) {
            signaling.closeRoom(room.consultationId());
        } else if (message instanceof Outbound.GrantReport grant) {
            profileBridge.grantReportAccess(grant.visitorId(), grant.staffUsername(), grant.until());
        } else {
            throw new IllegalStateException("no delivery for " + message);
        }
    }

    /** The wait after the given number of failed attempts: first, doubling, at most the maximum. */
    Duration backOff(int failedBefore) {
        Duration wait = config.retryFirst().multipliedBy(1L << Math.min(failedBefore, 20));
        return wait.compareTo(config.retryMax()) > 0 ? config.retryMax() : wait;
    }

    /** The receiver answered and said no: 4xx, except those that may pass (auth, time-out, rate). */
    static boolean refused(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof WebApplicationException rejected) {
                int status = rejected.getResponse().getStatus();
                return status >= 400 && status < 500 && status != 401 && status != 403 && status != 408 && status != 429;
            }
        }
        return false;
    }

    @PreDestroy
    void stop() {
        worker.shutdownNow();
    }
}
