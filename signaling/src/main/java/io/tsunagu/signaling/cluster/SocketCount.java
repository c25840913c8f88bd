package io.tsunagu.signaling.cluster;

import io.quarkus.redis.datasource.RedisDataSource;
import io.quarkus.redis.datasource.sortedset.ScoreRange;
import io.quarkus.scheduler.Scheduled;
import io.tsunagu.signaling.connection.ConnectionRegistry;
import io.tsunagu.signaling.connection.Participant;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;

import java.time.Duration;

/**
 * The sockets a participant holds on every node, for the per-identity limit: per participant a Redis
 * sorted set of node:socket, each scored with the time its lease ends. A node renews the leases of
 * its open sockets while it lives, so the sockets of a node that died stop counting within a lease.
 * With Redis off the node's own registry is the whole count, and this says yes to everything.
 */
@ApplicationScoped
public class SocketCount {

    /** How long a socket counts without its node renewing it; renewed three times as often. */
    static final Duration LEASE = Duration.ofSeconds(60);

    private final boolean enabled;
    private final String prefix;
    private final Instance<RedisDataSource> redis;
    private final NodeBus bus;
    private final ConnectionRegistry registry;

    SocketCount(ClusterConfig config, Instance<RedisDataSource> redis, NodeBus bus, ConnectionRegistry registry) {
        this.enabled = config.enabled();
        this.prefix = config.prefix();
        this.redis = redis;
        this.bus = bus;
        this.registry = registry;
    }

    /**
     * Counts the socket in unless the participant already holds {@code max} on all nodes together. The
     * socket is added first and taken back when over: two nodes admitting at once may both refuse,
     * never both pass.
     */
    public boolean admit(Participant participant, String connectionId, int max) {
        if (!enabled) {
            return true;
        }
        String key = key(participant);
        long now = System.currentTimeMillis();
        var sockets = redis.get().sortedSet(String.class);
        sockets.zremrangebyscore(key, new ScoreRange<>(Double.NEGATIVE_INFINITY, (double) now));
        sockets.zadd(key, now + LEASE.toMillis(), member(connectionId));
        redis.get().key().pexpire(key, LEASE.toMillis());
        if (sockets.zcard(key) <= max) {
            return true;
        }
        sockets.zrem(key, member(connectionId));
        return false;
    }

    public void release(Participant participant, String connectionId) {
        if (enabled) {
            redis.get().sortedSet(String.class).zrem(key(participant), member(connectionId));
        }
    }

    /** Renews the leases of this node's open sockets. */
    @Scheduled(every = "20s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void renew() {
        if (!enabled) {
            return;
        }
        long until = System.currentTimeMillis() + LEASE.toMillis();
        var sockets = redis.get().sortedSet(String.class);
        registry.forEachSocket((connectionId, participant) -> {
            sockets.zadd(key(participant), until, member(connectionId));
            redis.get().key().pexpire(key(participant), LEASE.toMillis());
        });
    }

    String key(Participant participant) {
        return prefix + ":sockets:" + participant.kind() + ":" + participant.id();
    }

    private String member(String connectionId) {
        return bus.nodeId() + ":" + connectionId;
    }
}
