package io.tsunagu.profilebridge.event;

import io.tsunagu.profilebridge.config.ProfileConfig;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.concurrent.Semaphore;
import java.util.function.Supplier;

/**
 * Lets at most {@code tsunagu.profile.ingest-concurrency} batches be read (event by event, checked)
 * and stored at once; the others wait their turn, in order. More batches at work than cores do not
 * store more events per second, they only make the customer reports that staff wait for queue
 * behind them for CPU and database time.
 */
@ApplicationScoped
public class IngestGate {

    private final Semaphore permits;

    IngestGate(ProfileConfig config) {
        this.permits = new Semaphore(config.ingestConcurrency(), true);
    }

    public <T> T store(Supplier<T> batch) {
        permits.acquireUninterruptibly();
        try {
            return batch.get();
        } finally {
            permits.release();
        }
    }
}
