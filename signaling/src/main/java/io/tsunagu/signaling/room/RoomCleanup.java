package io.tsunagu.signaling.room;

import io.quarkus.scheduler.Scheduled;
import io.tsunagu.signaling.client.Matching;
import io.tsunagu.signaling.cluster.RoomPresence;
import io.tsunagu.signaling.resume.Pauses;
import io.tsunagu.signaling.resume.ResumeTokens;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Ends rooms that nobody ended: those whose participant stayed away past the grace period (and tells
 * matching, so that the staff member is free again), and those open far too long. A participant who
 * was in a room only through a node that died is paused here, as a dropped socket would have been.
 */
@ApplicationScoped
public class RoomCleanup {

    private static final Logger LOG = Logger.getLogger(RoomCleanup.class);

    private final RoomService rooms;
    private final RoomSignals signals;
    private final Pauses pauses;
    private final ResumeTokens tokens;
    private final Matching matching;
    private final RoomConfig config;
    private final RoomPresence presence;
    private final Clock clock;

    RoomCleanup(RoomService rooms, RoomSignals signals, Pauses pauses, ResumeTokens tokens, Matching matching, RoomConfig config,
                RoomPresence presence) {
        this.presence = presence;
        this.rooms = rooms;
        this.signals = signals;
        this.pauses = pauses;
        this.tokens = tokens;
        this.matching = matching;
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

    @Scheduled(every = "${tsunagu.signaling.resume.sweep-interval:1s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void sweep() {
        endAbandonedRooms();
    }

    @Scheduled(every = "${tsunagu.signaling.redis.dead-node-sweep-interval:20s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void sweepDeadNodes() {
        pauseThoseOfDeadNodes();
    }

    /** Pauses the participants that were in rooms only through nodes that died; answers them. */
    public List<Pauses.Away> pauseThoseOfDeadNodes() {
        List<Pauses.Away> taken = presence.takeFromDeadNodes();
        taken.forEach(away -> signals.lostWithNode(away.consultationId(), away.participant()));
        if (!taken.isEmpty()) {
            LOG.infof("%d participants were in rooms through nodes that died", taken.size());
        }
        return taken;
    }

    /** Ends the calls of participants away longer than the grace period; answers the rooms it ended. */
    public Set<UUID> endAbandonedRooms() {
        tokens.expire(clock.instant());
        Set<UUID> ended = new HashSet<>();
        for (Pauses.Away away : pauses.takeOverdue(clock.instant())) {
            // Back through another node meanwhile (a pause for a dead node's participant can cross a resume).
            if (signals.isPresent(away.consultationId(), away.participant()) || !ended.add(away.consultationId())) {
                continue;
            }
            signals.stayedAway(away.consultationId(), away.participant());
            matching.endConsultation(away.consultationId());
            rooms.find(away.consultationId()).filter(room -> !room.ended()).ifPresent(room -> rooms.end(room.consultationId()));
            LOG.infof("room %s ended: a participant stayed away past the grace period", away.consultationId());
        }
        return ended;
    }
}
