package io.tsunagu.signaling.connection;

import io.quarkus.websockets.next.WebSocketConnection;
import io.smallrye.mutiny.Uni;
import io.tsunagu.signaling.cluster.NodeBus;
import io.tsunagu.signaling.message.SignalMessage.ServerMessage;
import io.tsunagu.signaling.message.SignalMessageCodec;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/** Writes server messages to sockets. Logs socket ids and message types, never contents. */
@ApplicationScoped
public class MessageSender {

    private static final Logger LOG = Logger.getLogger(MessageSender.class);
    /** A socket that takes longer to accept a write counts as not reached; the caller must not hang on it. */
    private static final Duration WRITE_TIMEOUT = Duration.ofSeconds(5);

    private final ConnectionRegistry registry;
    private final SignalMessageCodec codec;
    private final NodeBus bus;

    MessageSender(ConnectionRegistry registry, SignalMessageCodec codec, NodeBus bus) {
        this.registry = registry;
        this.codec = codec;
        this.bus = bus;
    }

    /**
     * Queues the message on each socket without waiting. Writes to one socket keep their order, which
     * the SDP exchange relies on; a socket that closed meanwhile misses the message.
     */
    public void send(Collection<WebSocketConnection> connections, ServerMessage message) {
        if (connections.isEmpty()) {
            return;
        }
        sendText(connections, codec.encode(message));
    }

    /** Queues an encoded message on each socket without waiting, as {@link #send(Collection, ServerMessage)}. */
    public void sendText(Collection<WebSocketConnection> connections, String text) {
        for (WebSocketConnection connection : connections) {
            connection.sendText(text).subscribe().with(
                    sent -> { },
                    failure -> LOG.debugf("message to socket %s not sent: %s", connection.id(), failure.getClass().getSimpleName()));
        }
    }

    /**
     * Sends the message to the participant's sockets in the room, on this node and, through Redis, on
     * the others: the peer of a call may be connected anywhere.
     */
    public void sendToRoom(UUID consultationId, Participant participant, Collection<WebSocketConnection> here, ServerMessage message) {
        sendTextToRoom(consultationId, participant, here, codec.encode(message));
    }

    /** {@link #sendToRoom} of a message already encoded. */
    public void sendTextToRoom(UUID consultationId, Participant participant, Collection<WebSocketConnection> here, String text) {
        sendText(here, text);
        bus.toRoom(consultationId, participant, text);
    }

    public void send(WebSocketConnection connection, ServerMessage message) {
        send(List.of(connection), message);
    }

    /**
     * Writes the message to every open socket of the participant and answers how many took it on this
     * node; other nodes get it through Redis and write it to theirs. Blocks.
     */
    public int deliver(Participant participant, ServerMessage message) {
        String text = codec.encode(message);
        bus.toParticipant(participant, text);
        List<WebSocketConnection> connections = registry.connectionsOf(participant);
        if (connections.isEmpty()) {
            return 0;
        }
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
