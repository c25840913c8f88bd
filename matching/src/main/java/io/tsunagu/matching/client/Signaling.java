package io.tsunagu.matching.client;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.faulttolerance.Fallback;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;

import java.util.UUID;

/**
 * signaling as matching uses it: pushes to browsers and the call rooms. A {@link #push} that fails
 * is logged and dropped (queue updates: the next round pushes again, the widget also polls); the
 * other calls throw, for the outbox to retry.
 */
@ApplicationScoped
public class Signaling {

    private static final Logger LOG = Logger.getLogger(Signaling.class);

    private final SignalingClient client;

    Signaling(@RestClient SignalingClient client) {
        this.client = client;
    }

    /** Pushes one server message (an object with a {@code type}) to the recipient's sockets. */
    @Timeout(2000)
    @Fallback(fallbackMethod = "notPushed")
    public void push(Recipient to, Object message) {
        client.push(new SignalingClient.Push(to, message));
    }

    /** Pushes one server message, throwing when signaling does not take it. */
    @Timeout(2000)
    public void deliver(Recipient to, Object message) {
        client.push(new SignalingClient.Push(to, message));
    }

    /** Opens the room of a consultation; signaling then tells both browsers to start the call. */
    @Timeout(2000)
    public void openRoom(UUID consultationId, String visitorId, String staffUsername) {
        client.openRoom(new SignalingClient.Room(consultationId, visitorId, staffUsername));
    }

    /** Closes the room of a consultation; signaling tells both browsers the call ended. */
    @Timeout(2000)
    public void closeRoom(UUID consultationId) {
        client.closeRoom(consultationId);
    }

    void notPushed(Recipient to, Object message, Throwable failure) {
        LOG.warnf("signaling did not take a push for %s %s: %s", to.kind(), to.id(), failure.toString());
    }
}
