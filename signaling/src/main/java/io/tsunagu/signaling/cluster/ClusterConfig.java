package io.tsunagu.signaling.cluster;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.validation.constraints.NotBlank;

import java.time.Duration;

/** Several signaling nodes through Redis (the Redis address is {@code quarkus.redis.hosts}). */
@ConfigMapping(prefix = "tsunagu.signaling.redis")
public interface ClusterConfig {

    /** Off: one node, everything in memory. On: relays, presence and pushes cross nodes through Redis pub/sub. */
    @WithDefault("false")
    boolean enabled();

    /** Prefix of every Redis key and channel signaling uses, so that several deployments (or test runs) can share one Redis. */
    @WithDefault("tsunagu:signaling")
    @NotBlank
    String prefix();

    /** How often each node looks for nodes whose lease ended, to pause the participants they held. */
    @WithDefault("20s")
    Duration deadNodeSweepInterval();
}
