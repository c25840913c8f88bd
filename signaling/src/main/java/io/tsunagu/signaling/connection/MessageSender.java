package io.tsunagu.signaling.connection;

import io.quarkus.websockets.next.WebSocketConnection;
import io.smallrye.mutiny.Uni;
import io.tsunagu.signaling.message.SignalMessage.ServerMessage;
import io.tsunagu.signaling.message.SignalMessageCodec;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.util.Collection;
import java.util.List;

/** Writes server messages to sockets. Logs socket ids and message types, never contents. */
@ApplicationScoped
public class MessageSender {

    private static final Logger LOG = Logger.getLogger(MessageSender.class);
    /** A socket that takes longer to accept a write counts as not reached; the caller must not hang on it. */
    private static final Duration WRITE_TIMEOUT = Duration.ofSeconds(5);

    private final ConnectionRegistry registry;
    private final SignalMessageCodec codec;

    MessageSender(ConnectionRegistry registry, SignalMessageCodec codec) {
        this.registry = registry;
        this.codec = codec;
    }

    /**
     * Queues the message on each socket without waiting. Writes to one socket keep their order, which
     * the SDP exchange relies on; a socket that closed meanwhile misses the message.
     */
    public void send(Collection<WebSocketConnection> connections, ServerMessage message) {
        if (connections.isEmpty()) {
            return;
        }
        String text = codec.encode(message);
        for (WebSocketConnection connection : connections) {
            connection.sendText(text).subscribe().with(
                    sent -> { },
                    failure -> LOG.debugf("%s to socket %s not sent: %s", message.messageType().wireName(), connection.id(),
                            failure.getClass().getSimpleName()));
        }
    }

    public void send(WebSocketConnection connection, ServerMessage message) {
        send(List.of(connection), message);
    }

    /** Writes the message to every open socket of the participant and answers how many took it. Blocks. */
    public int deliver(Participant participant, ServerMessage message) {
        List<WebSocketConnection> connections = registry.connectionsOf(participant);
        if (connections.isEmpty()) {
            return 0;
        }
        String text = codec.encode(message);
        List<Uni<Integer>> writes = connections.stream()
                .map(connection -> connection.sendText(text)
                        .replaceWith(1)
                        .ifNoItem().after(WRITE_TIMEOUT).recoverWithItem(0)
                        .onFailure().recoverWithItem(0))
                .toList();
        return Uni.join().all(writes).andCollectFailures()
                .map(reached -> reached.stream().mapToInt(Integer::intValue).sum())
                .await().indefinitely();
    }
}
