package io.tsunagu.signaling.room;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.time.Clock;

/** Ends rooms that nobody ended, so that they cannot be joined forever and the cache does not grow. */
@ApplicationScoped
public class RoomCleanup {

    private static final Logger LOG = Logger.getLogger(RoomCleanup.class);

    private final RoomService rooms;
    private final RoomConfig config;
    private final Clock clock;

    RoomCleanup(RoomService rooms, RoomConfig config) {
        this.rooms = rooms;
        this.config = config;
        this.clock = Clock.systemUTC();
    }

    @Scheduled(every = "10m", delayed = "1m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    public void endStaleRooms() {
        int ended = rooms.endOpenSince(clock.instant().minus(config.maxAge()));
        if (ended > 0) {
            LOG.infof("ended %d rooms open longer than %s", ended, config.maxAge());
        }
    }
}
