package io.tsunagu.profilebridge.cdp;

import io.tsunagu.profilebridge.config.ProfileConfig;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Live profiles from the configured CDP for the report, each call bounded by
 * {@code tsunagu.profile.cdp.timeout} and its answers kept for {@code cache-for}. A CDP that fails
 * or is slow makes the profile {@code unavailable}; it never fails the report.
 */
@ApplicationScoped
public class ExternalProfiles {

    private static final Logger LOG = Logger.getLogger(ExternalProfiles.class);
    /** Beyond this many kept profiles the cache starts again: it saves calls, it is not a store. */
    private static final int MAX_KEPT = 10_000;

    private final Optional<CdpConnector> connector;
    private final Duration timeout;
    private final Duration cacheFor;
    private final Clock clock;
    private final Map<String, Kept> kept = new ConcurrentHashMap<>();
    /** Calls run here so that the report's thread can stop waiting; a slow CDP only holds these threads. */
    private final ExecutorService calls = Executors.newFixedThreadPool(4, task -> {
        Thread thread = new Thread(task, "cdp-fetch");
        thread.setDaemon(true);
        return thread;
    });

    private record Kept(ExternalProfile profile, Instant until) {
    }

    ExternalProfiles(ConfiguredConnector connector, ProfileConfig config, Clock clock) {
        this.connector = connector.get();
        this.timeout = config.cdp().timeout();
        this.cacheFor = config.cdp().cacheFor();
        this.clock = clock;
    }

    @PreDestroy
    void stop() {
        calls.shutdownNow();
    }

    public boolean configured() {
        return connector.isPresent();
    }

    /** The member's profile in the CDP; call it outside any database transaction. */
    public ExternalProfile of(Optional<String> memberId) {
        CdpConnector cdp = connector.orElseThrow(() -> new IllegalStateException("no CDP connector is configured"));
        if (memberId.isEmpty()) {
            return new ExternalProfile(cdp.name(), ExternalProfile.NOT_LINKED, Map.of());
        }
        Instant now = clock.instant();
        Kept known = kept.get(memberId.get());
        if (known != null && known.until().isAfter(now)) {
            return known.profile();
        }
        ExternalProfile profile = fetch(cdp, memberId.get());
        if (!ExternalProfile.UNAVAILABLE.equals(profile.status())) {
            if (kept.size() >= MAX_KEPT) {
                kept.clear();
            }
            kept.put(memberId.get(), new Kept(profile, now.plus(cacheFor)));
        }
        return profile;
    }

    private ExternalProfile fetch(CdpConnector cdp, String memberId) {
        Future<Optional<CdpProfile>> call = calls.submit(() -> cdp.fetch(memberId));
        try {
            return call.get(timeout.toMillis(), TimeUnit.MILLISECONDS)
                    .map(p -> new ExternalProfile(cdp.name(), ExternalProfile.AVAILABLE, p.traits()))
                    .orElseGet(() -> new ExternalProfile(cdp.name(), ExternalProfile.UNKNOWN, Map.of()));
        } catch (TimeoutException e) {
            call.cancel(true);
            LOG.warnf("the CDP (%s) did not answer within %s", cdp.name(), timeout);
        } catch (ExecutionException e) {
            LOG.warnf("the CDP (%s) failed: %s", cdp.name(), e.getCause().getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return new ExternalProfile(cdp.name(), ExternalProfile.UNAVAILABLE, Map.of());
    }
}
