package io.tsunagu.staffdirectory.presence;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.util.List;

/** Runs the AWAY rule on a schedule; the rule itself is {@link PresenceService#markAway}. */
@ApplicationScoped
public class PresenceSweep {

    private static final Logger LOG = Logger.getLogger(PresenceSweep.class);

    private final PresenceService presence;
    private final Clock clock;

    public PresenceSweep(PresenceService presence, Clock clock) {
        this.presence = presence;
        this.clock = clock;
    }

    @Scheduled(every = "${tsunagu.presence.check-every:10s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void sweep() {
        List<String> moved = presence.markAway(clock.instant());
        if (!moved.isEmpty()) {
            LOG.infof("presence: %s went AWAY (console silent or shift over)", moved);
        }
    }
}
