package io.tsunagu.signaling.resume;

import io.quarkus.websockets.next.WebSocketConnection;
import io.tsunagu.signaling.connection.Participant;
import jakarta.enterprise.context.ApplicationScoped;

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
 * one takes its place) and for the grace period after it closes; it is used once.
 */
@ApplicationScoped
public class ResumeTokens {

    /** 24 random bytes: 32 base64url characters, beyond guessing. */
    private static final int TOKEN_BYTES = 24;

    /** What a token stands for; {@code droppedAt} is null while the socket is open. */
    public record Grant(UUID consultationId, Participant participant, WebSocketConnection connection, Instant droppedAt) {

        Grant dropped(Instant at) {
            return new Grant(consultationId, participant, connection, at);
        }
    }

    private final SecureRandom random = new SecureRandom();
    private final Map<String, Grant> grants = new ConcurrentHashMap<>();
    private final Duration grace;

    ResumeTokens(ResumeConfig config) {
        this.grace = config.grace();
    }

    /** A new token for the socket in the room, replacing any it had there. */
    public String issue(UUID consultationId, Participant participant, WebSocketConnection connection) {
        revoke(consultationId, connection);
        byte[] bytes = new byte[TOKEN_BYTES];
        random.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        grants.put(token, new Grant(consultationId, participant, connection, null));
        return token;
    }

    /**
     * Takes the token, if it is for this room and participant and still good: it cannot be used again.
     * A token for somebody else is left alone, so that a stranger cannot spoil it by trying it.
     */
    public Optional<Grant> redeem(String token, UUID consultationId, Participant participant, Instant now) {
        Grant[] taken = {null};
        grants.computeIfPresent(token, (key, found) -> {
            if (!found.consultationId().equals(consultationId) || !found.participant().equals(participant)) {
                return found;
            }
            if (found.droppedAt() == null || now.isBefore(found.droppedAt().plus(grace))) {
                taken[0] = found;
            }
            return null;
        });
        return Optional.ofNullable(taken[0]);
    }

    /** The socket closed: its tokens run for the grace period from now. */
    public void dropped(WebSocketConnection connection, Instant now) {
        grants.replaceAll((token, grant) -> grant.connection() == connection && grant.droppedAt() == null ? grant.dropped(now) : grant);
    }

    /** The socket left the room for good, or the room ended: its token is no longer good. */
    public void revoke(UUID consultationId, WebSocketConnection connection) {
        grants.values().removeIf(grant -> grant.consultationId().equals(consultationId) && grant.connection() == connection);
    }

    public void revokeRoom(UUID consultationId) {
        grants.values().removeIf(grant -> grant.consultationId().equals(consultationId));
    }

    /** Forgets tokens whose grace period has passed. */
    public void expire(Instant now) {
        grants.values().removeIf(grant -> grant.droppedAt() != null && !now.isBefore(grant.droppedAt().plus(grace)));
    }

    /** Tokens held: what the fuzz test checks for leaks. */
    public int size() {
        return grants.size();
    }
}
