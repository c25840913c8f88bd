package io.tsunagu.signaling.limits;

import io.quarkus.websockets.next.CloseReason;
import io.quarkus.websockets.next.WebSocketConnection;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Closes a shopper's socket when its ticket expires ({@link CloseCodes#IDENTITY_EXPIRED}), as Quarkus
 * does for a staff socket at its Keycloak token's expiry; an in-band refresh with a new ticket moves
 * the close. Quarkus's own identity update reads only bearer tokens through OIDC, so shopper sockets
 * keep their timer here: one Vert.x timer per socket, on time rather than at a sweep.
 */
@ApplicationScoped
public class ShopperSocketExpiry {

    private static final Logger LOG = Logger.getLogger(ShopperSocketExpiry.class);
    private static final CloseReason EXPIRED = new CloseReason(CloseCodes.IDENTITY_EXPIRED, "shopper ticket expired");

    private final Vertx vertx;
    private final Clock clock = Clock.systemUTC();
    private final Map<String, Long> timerByConnectionId = new ConcurrentHashMap<>();

    ShopperSocketExpiry(Vertx vertx) {
        this.vertx = vertx;
    }

    /** Closes the socket at {@code expiresAt}, instead of any earlier time set for it. */
    public void closeAt(WebSocketConnection connection, Instant expiresAt) {
        long delay = Math.max(1, Duration.between(clock.instant(), expiresAt).toMillis());
        long timer = vertx.setTimer(delay, id -> {
            timerByConnectionId.remove(connection.id(), id);
            if (connection.isOpen()) {
                LOG.debugf("socket %s closed: the shopper ticket expired", connection.id());
                connection.close(EXPIRED).subscribe().with(closed -> { }, failure -> { });
            }
        });
        Long previous = timerByConnectionId.put(connection.id(), timer);
        if (previous != null) {
            vertx.cancelTimer(previous);
        }
    }

    public void forget(WebSocketConnection connection) {
        Long timer = timerByConnectionId.remove(connection.id());
        if (timer != null) {
            vertx.cancelTimer(timer);
        }
    }
}
