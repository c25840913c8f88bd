package io.tsunagu.signaling.cluster;

import io.quarkus.redis.datasource.RedisDataSource;
import io.quarkus.redis.datasource.value.SetArgs;
import io.quarkus.runtime.Startup;
import io.quarkus.scheduler.Scheduled;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;

import java.time.Duration;
import java.util.Set;

/**
 * Which nodes are alive: each keeps a key of its own in Redis (a lease it renews with one call, however
 * many sockets it holds) and is listed in {@code <prefix>:nodes}. What a node counted in Redis (its
 * sockets, its presence in rooms) stops counting once its lease has ended; a node killed with SIGKILL
 * is noticed within {@link #LEASE}.
 */
@Startup
@ApplicationScoped
public class NodeLease {

    /** How long a node counts as alive without renewing its lease; renewed three times as often. */
    static final Duration LEASE = Duration.ofSeconds(60);

    private final boolean enabled;
    private final String prefix;
    private final Instance<RedisDataSource> redis;
    private final NodeBus bus;

    NodeLease(ClusterConfig config, Instance<RedisDataSource> redis, NodeBus bus) {
        this.enabled = config.enabled();
        this.prefix = config.prefix();
        this.redis = redis;
        this.bus = bus;
    }

    @PostConstruct
    void take() {
        renew();
        if (enabled) {
            redis.get().set(String.class).sadd(nodesKey(), bus.nodeId());
        }
    }

    @Scheduled(every = "20s", delayed = "20s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void renew() {
        if (enabled) {
            redis.get().value(String.class).set(key(bus.nodeId()), "alive", new SetArgs().px(LEASE));
        }
    }

    public boolean alive(String nodeId) {
        return nodeId.equals(bus.nodeId()) || redis.get().key().exists(key(nodeId));
    }

    /** Nodes listed once whose lease has ended. */
    Set<String> dead() {
        Set<String> listed = redis.get().set(String.class).smembers(nodesKey());
        listed.removeIf(this::alive);
        return listed;
    }

    /** Takes a dead node off the list; true for the one node whose call did. */
    boolean forget(String nodeId) {
        return redis.get().set(String.class).srem(nodesKey(), nodeId) == 1;
    }

    String key(String nodeId) {
        return prefix + ":node:" + nodeId;
    }

    String nodesKey() {
        return prefix + ":nodes";
    }
}
