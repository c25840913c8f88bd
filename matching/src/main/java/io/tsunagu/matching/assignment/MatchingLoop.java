package io.tsunagu.matching.assignment;

import io.quarkus.scheduler.Scheduled;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Runs matching rounds one at a time on its own thread. Triggers coalesce: any number of them
 * while a round is queued cause one round; a trigger during a round causes exactly one more, so
 * a change is never missed and two rounds never offer the same staff member at once.
 */
@ApplicationScoped
public class MatchingLoop {

    private static final Logger LOG = Logger.getLogger(MatchingLoop.class);

    private final Assigner assigner;
    private final AtomicBoolean roundQueued = new AtomicBoolean();
    private final ExecutorService worker = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "matching-loop");
        thread.setDaemon(true);
        return thread;
    });

    MatchingLoop(Assigner assigner) {
        this.assigner = assigner;
    }

    /** Asks for a round soon; returns at once. */
    public void trigger() {
        if (roundQueued.compareAndSet(false, true)) {
            try {
                worker.execute(this::runRound);
            } catch (RejectedExecutionException e) {
                // Shutting down: nothing left to match for.
                roundQueued.set(false);
            }
        }
    }

    /** Presence changes in staff-directory reach matching only through this poll. */
    @Scheduled(every = "${tsunagu.matching.solve-every}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void poll() {
        trigger();
    }

    private void runRound() {
        roundQueued.set(false);
        try {
            assigner.assignWaitingRequests();
        } catch (RuntimeException e) {
            LOG.error("matching round failed; the next trigger or poll runs another", e);
        }
    }

    @PreDestroy
    void stop() {
        worker.shutdownNow();
    }
}
