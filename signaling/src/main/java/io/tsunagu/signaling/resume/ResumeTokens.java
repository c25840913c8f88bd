package io.tsunagu.signaling.resume;

import io.quarkus.redis.datasource.RedisDataSource;
import io.quarkus.websockets.next.WebSocketConnection;
import io.tsunagu.signaling.cluster.ClusterConfig;
import io.tsunagu.signaling.cluster.NodeBus;
import io.tsunagu.signaling.connection.Participant;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Resume tokens: one per socket and room, handed out on {@code joined} and {@code resumed}. A token is
 * good while its socket is open (a socket the server still thinks open may already be dead: the new
 * one takes its place) and for the grace period after it closes; it is used once. With Redis on, the
 * tokens live there and any node redeems a token any node issued; off, they live in this node's memory.
 */
@ApplicationScoped
public class ResumeTokens {

    /** 24 random bytes: 32 base64url characters, beyond guessing. */
    private static final int TOKEN_BYTES = 24;

    private final SecureRandom random = new SecureRandom();
    private final GrantStore store;
    private final String node;
    private final Duration grace;
    /** The tokens of this node's open sockets, by socket id and room: what a close or a leave must find. */
    private final Map<String, Map<UUID, String>> bySocket = new ConcurrentHashMap<>();

    ResumeTokens(ResumeConfig config, ClusterConfig cluster, Instance<RedisDataSource> redis, NodeBus bus) {
        this.grace = config.grace();
        this.node = bus.nodeId();
        this.store = cluster.enabled() ? new RedisGrantStore(redis.get(), cluster.prefix()) : new MemoryGrantStore();
    }

    /** A new token for the socket in the room, replacing any it had there. */
    public String issue(UUID consultationId, Participant participant, WebSocketConnection connection) {
        revoke(consultationId, connection);
        byte[] bytes = new byte[TOKEN_BYTES];
        random.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        store.put(token, new Grant(consultationId, participant, node, connection.id(), null));
        bySocket.compute(connection.id(), (id, tokens) -> {
            Map<UUID, String> held = tokens == null ? new ConcurrentHashMap<>() : tokens;
            held.put(consultationId, token);
            return held;
        });
        return token;
    }

    /**
     * Takes the token, if it is for this room and participant and still good: it cannot be used again.
     * A token for somebody else is left alone, so that a stranger cannot spoil it by trying it.
     */
    public Optional<Grant> redeem(String token, UUID consultationId, Participant participant, Instant now) {
        Optional<Grant> found = store.get(token);
        if (found.isEmpty() || !found.get().consultationId().equals(consultationId) || !found.get().participant().equals(participant)) {
            return Optional.empty();
        }
        Grant grant = found.get();
        boolean good = grant.open() || now.isBefore(grant.droppedAt().plus(grace));
        // Whoever removes it owns it: of two sockets (or nodes) redeeming one token at once, one wins.
        return store.remove(token) && good ? Optional.of(grant) : Optional.empty();
    }

    /** The socket closed: its tokens run for the grace period from now. */
    public void dropped(WebSocketConnection connection, Instant now) {
        Map<UUID, String> tokens = bySocket.remove(connection.id());
        if (tokens == null) {
            return;
        }
        tokens.forEach((consultationId, token) ->
                store.get(token).filter(Grant::open).ifPresent(grant -> store.dropped(token, grant.dropped(now), grace)));
    }

    /** The socket left the room for good, or another socket took its place: its token is no longer good. */
    public void revoke(UUID consultationId, WebSocketConnection connection) {
        revoke(connection.id(), consultationId);
    }

    /** The room ended: the tokens of this node's sockets in it are no longer good. */
    public void revokeRoom(UUID consultationId) {
        bySocket.keySet().forEach(socketId -> revoke(socketId, consultationId));
    }

    private void revoke(String socketId, UUID consultationId) {
        bySocket.computeIfPresent(socketId, (id, tokens) -> {
            String token = tokens.remove(consultationId);
            if (token != null) {
                store.remove(token);
            }
            return tokens.isEmpty() ? null : tokens;
        });
    }

    /** Forgets tokens whose grace period has passed. */
    public void expire(Instant now) {
        store.expire(now, grace);
    }

    /** Tokens held: what the fuzz test checks for leaks. */
    public int size() {
        return store.size();
    }
}
