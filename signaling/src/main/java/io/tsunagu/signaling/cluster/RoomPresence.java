package io.tsunagu.signaling.cluster;

import io.quarkus.redis.datasource.RedisDataSource;
import io.tsunagu.signaling.connection.Participant;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;

import java.time.Duration;
import java.util.UUID;

/**
 * Who is in a room across nodes: per room a Redis hash of participant → sockets joined, on any node.
 * With Redis off, this node's own membership is the whole truth and is passed through. A node that dies
 * leaves its counts behind; the key expires with the longest a room may live.
 */
@ApplicationScoped
public class RoomPresence {

    private static final Duration KEY_LIFETIME = Duration.ofHours(13);

    private final boolean enabled;
    private final String prefix;
    private final Instance<RedisDataSource> redis;

    RoomPresence(ClusterConfig config, Instance<RedisDataSource> redis) {
        this.enabled = config.enabled();
        this.prefix = config.prefix();
        this.redis = redis;
    }

    /** A socket of the participant joined; true when it is the participant's first in the room on any node. */
    public boolean arrive(UUID consultationId, Participant participant, boolean firstHere) {
        if (!enabled) {
            return firstHere;
        }
        String key = key(consultationId);
        long sockets = redis.get().hash(Long.class).hincrby(key, participant.toString(), 1);
        redis.get().key().expire(key, KEY_LIFETIME);
        return sockets == 1;
    }

    /** A socket of the participant left; true when it was the participant's last in the room on any node. */
    public boolean depart(UUID consultationId, Participant participant, boolean lastHere) {
        if (!enabled) {
            return lastHere;
        }
        String key = key(consultationId);
        long sockets = redis.get().hash(Long.class).hincrby(key, participant.toString(), -1);
        if (sockets <= 0) {
            redis.get().hash(Long.class).hdel(key, participant.toString());
            return true;
        }
        return false;
    }

    /** Whether the participant has a socket in the room on any node. */
    public boolean present(UUID consultationId, Participant participant, boolean presentHere) {
        if (!enabled || presentHere) {
            return presentHere;
        }
        Long sockets = redis.get().hash(Long.class).hget(key(consultationId), participant.toString());
        return sockets != null && sockets > 0;
    }

    public void forget(UUID consultationId) {
        if (enabled) {
            redis.get().key().del(key(consultationId));
        }
    }

    String key(UUID consultationId) {
        return prefix + ":presence:" + consultationId;
    }
}
