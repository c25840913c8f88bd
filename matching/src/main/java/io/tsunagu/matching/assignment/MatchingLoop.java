package io.tsunagu.matching.assignment;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.scheduler.Scheduled;
import io.tsunagu.matching.availability.Outlook;
import io.tsunagu.matching.client.StaffDirectory;
import io.tsunagu.matching.client.StaffStatus;
import io.tsunagu.matching.notification.QueueAnnouncer;
import io.tsunagu.matching.offer.Rescinder;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Runs matching rounds one at a time on its own thread. Every change that can lead to an offer
 * (a new request; a decline, time-out, cancel or rescind; a staff member freed) triggers a round
 * at once, and a periodic poll is the safety net. Triggers coalesce: any number of them while a
 * round is queued cause one round; a trigger during a round causes exactly one more, so a change
 * is never missed and two rounds never offer the same staff member at once.
 * <p>
 * A round: read staff-directory's roster (for the queue estimates, and to rescind the offers of
 * staff who went away or offline), solve and make offers, then tell the shoppers whose position or
 * estimated wait changed.
 */
@ApplicationScoped
public class MatchingLoop {

    private static final Logger LOG = Logger.getLogger(MatchingLoop.class);

    private final Runnable round;
    private final AtomicBoolean roundQueued = new AtomicBoolean();
    private final Map<RoundCause, Counter> triggers = new EnumMap<>(RoundCause.class);
    private final Counter rounds;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "matching-loop");
        thread.setDaemon(true);
        return thread;
    });

    @Inject
    MatchingLoop(Assigner assigner, StaffDirectory staffDirectory, Outlook outlook, Rescinder rescinder,
                 QueueAnnouncer queueAnnouncer, MeterRegistry registry) {
        this(() -> {
            Optional<List<StaffStatus>> roster = staffDirectory.roster();
            roster.ifPresent(outlook::update);
            roster.ifPresent(rescinder::rescindOffersOfAbsentStaff);
            assigner.assignWaitingRequests();
            queueAnnouncer.announce();
        }, registry);
    }

    /** A loop around any round, for tests of the coalescing. */
    MatchingLoop(Runnable round, MeterRegistry registry) {
        this.round = round;
        for (RoundCause cause : RoundCause.values()) {
            triggers.put(cause, Counter.builder("tsunagu.matching.round.triggers")
                    .description("Matching rounds asked for, by cause (coalesced triggers included)")
                    .tag("cause", cause.name())
                    .register(registry));
        }
        this.rounds = Counter.builder("tsunagu.matching.rounds").description("Matching rounds run").register(registry);
    }

    /** Asks for a round soon; returns at once. */
    public void trigger(RoundCause cause) {
        triggers.get(cause).increment();
        if (roundQueued.compareAndSet(false, true)) {
            try {
                worker.execute(this::runRound);
            } catch (RejectedExecutionException e) {
                // Shutting down: nothing left to match for.
                roundQueued.set(false);
            }
        }
    }

    /** Asks for a round after a change without a cause of its own. */
    public void trigger() {
        trigger(RoundCause.CHANGE);
    }

    @Scheduled(every = "${tsunagu.matching.solve-every}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void poll() {
        trigger(RoundCause.POLL);
    }

    private void runRound() {
        roundQueued.set(false);
        rounds.increment();
        try {
            round.run();
        } catch (RuntimeException e) {
            LOG.error("matching round failed; the next trigger or poll runs another", e);
        }
    }

    @PreDestroy
    void stop() {
        worker.shutdownNow();
    }
}
