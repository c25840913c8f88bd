package io.tsunagu.signaling.cluster;

import io.quarkus.redis.datasource.RedisDataSource;
import io.tsunagu.signaling.connection.Participant;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;

import java.time.Duration;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The sockets a participant holds on every node, for the per-identity limit: per participant a Redis
 * set of node|socket. The sockets of a node whose lease ended ({@link NodeLease}) are dropped from the
 * count at the participant's next upgrade. With Redis off the node's own registry is the whole count, and this
 * says yes to everything.
 */
@ApplicationScoped
public class SocketCount {
    /** A participant's set outlives their sockets only by this much, should every node holding them die. */
    private static final Duration SET_LIFETIME = Duration.ofHours(13);
    private static final String SEPARATOR = "|";

    private final boolean enabled;
    private final String prefix;
    private final Instance<RedisDataSource> redis;
    private final NodeBus bus;
    private final NodeLease leases;

    SocketCount(ClusterConfig config, Instance<RedisDataSource> redis, NodeBus bus, NodeLease leases) {
        this.enabled = config.enabled();
        this.prefix = config.prefix();
        this.redis = redis;
        this.bus = bus;
        this.leases = leases;
    }

    /**
     * Counts the socket in unless the participant already holds {@code max} on the live nodes together.
     * The socket is added first and taken back when over: two nodes admitting at once may both
     * refuse, never both pass.
     */
    public boolean admit(Participant participant, String connectionId, int max) {
        if (!enabled) {
            return true;
        }
        String key = key(participant);
        var sockets = redis.get().set(String.class);
        Set<String> held = sockets.smembers(key);
        Set<String> otherNodes = held.stream().map(SocketCount::nodeOf).filter(node -> !node.equals(bus.nodeId()))
                .collect(Collectors.toSet());
        for (String node : otherNodes) {
            if (!leases.alive(node)) {
                String[] gone = held.stream().filter(member -> nodeOf(member).equals(node)).toArray(String[]::new);
                sockets.srem(key, gone);
            }
        }
        sockets.sadd(key, member(connectionId));
        redis.get().key().expire(key, SET_LIFETIME);
        if (sockets.scard(key) <= max) {
            return true;
        }
        sockets.srem(key, member(connectionId));
        return false;
    }

    public void release(Participant participant, String connectionId) {
        if (enabled) {
            redis.get().set(String.class).srem(key(participant), member(connectionId));
        }
    }

    String key(Participant participant) {
        return prefix + ":sockets:" + participant.kind() + ":" + participant.id();
    }

    private String member(String connectionId) {
        return bus.nodeId() + SEPARATOR + connectionId;
    }

    private static String nodeOf(String member) {
        return member.substring(0, member.indexOf(SEPARATOR));
    }
}
