package io.tsunagu.signaling.cluster;

import io.quarkus.redis.datasource.RedisDataSource;
import io.quarkus.redis.datasource.value.SetArgs;
import io.quarkus.runtime.Startup;
import io.quarkus.scheduler.Scheduled;
import io.tsunagu.signaling.connection.Participant;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;

import java.time.Duration;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The sockets a participant holds on every node, for the per-identity limit: per participant a Redis
 * set of node|socket. Each node keeps a key of its own alive (a lease it renews with one call, however
 * many sockets it holds); the sockets of a node whose lease ended are dropped from the count at the
 * participant's next upgrade. With Redis off the node's own registry is the whole count, and this
 * says yes to everything.
 */
@Startup
@ApplicationScoped
public class SocketCount {

    /** How long a node counts as alive without renewing its lease; renewed three times as often. */
    static final Duration NODE_LEASE = Duration.ofSeconds(60);
    /** A participant's set outlives their sockets only by this much, should every node holding them die. */
    private static final Duration SET_LIFETIME = Duration.ofHours(13);
    private static final String SEPARATOR = "|";

    private final boolean enabled;
    private final String prefix;
    private final Instance<RedisDataSource> redis;
    private final NodeBus bus;

    SocketCount(ClusterConfig config, Instance<RedisDataSource> redis, NodeBus bus) {
        this.enabled = config.enabled();
        this.prefix = config.prefix();
        this.redis = redis;
        this.bus = bus;
    }

    @PostConstruct
    void takeLease() {
        renewLease();
    }

    @Scheduled(every = "20s", delayed = "20s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void renewLease() {
        if (enabled) {
            redis.get().value(String.class).set(nodeKey(bus.nodeId()), "alive", new SetArgs().px(NODE_LEASE));
        }
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
            if (!redis.get().key().exists(nodeKey(node))) {
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

    String nodeKey(String nodeId) {
        return prefix + ":node:" + nodeId;
    }

    private String member(String connectionId) {
        return bus.nodeId() + SEPARATOR + connectionId;
    }

    private static String nodeOf(String member) {
        return member.substring(0, member.indexOf(SEPARATOR));
    }
}
