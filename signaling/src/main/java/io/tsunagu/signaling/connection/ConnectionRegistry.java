package io.tsunagu.signaling.connection;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.websockets.next.WebSocketConnection;
import io.tsunagu.signaling.limits.MessageRate;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The open sockets of this node, by participant. A participant may have several (two tabs, a reconnect
 * racing the old socket's close), up to a limit; a push reaches all of them.
 */
@ApplicationScoped
public class ConnectionRegistry {

    /** A registered socket: who holds it, and its message budget. */
    public record OpenSocket(Participant participant, MessageRate rate) {
    }

    private final Map<Participant, Set<WebSocketConnection>> byParticipant = new ConcurrentHashMap<>();
    private final Map<String, OpenSocket> socketByConnectionId = new ConcurrentHashMap<>();

    ConnectionRegistry(MeterRegistry meters) {
        meters.gaugeMapSize("tsunagu.signaling.sockets", List.of(), socketByConnectionId);
    }

    /**
     * Registers the socket unless its participant already holds {@code maxPerParticipant} sockets; the
     * count and the addition are one step, so that simultaneous upgrades cannot pass the limit together.
     */
    public boolean register(WebSocketConnection connection, OpenSocket socket, int maxPerParticipant) {
        boolean[] admitted = {false};
        byParticipant.compute(socket.participant(), (key, connections) -> {
            Set<WebSocketConnection> updated = connections == null ? ConcurrentHashMap.newKeySet() : connections;
            if (updated.size() < maxPerParticipant) {
                updated.add(connection);
                admitted[0] = true;
            }
            return updated.isEmpty() ? null : updated;
        });
        if (admitted[0]) {
            socketByConnectionId.put(connection.id(), socket);
        }
        return admitted[0];
    }

    public void unregister(WebSocketConnection connection) {
        OpenSocket socket = socketByConnectionId.remove(connection.id());
        if (socket == null) {
            return;
        }
        byParticipant.computeIfPresent(socket.participant(), (key, connections) -> {
            connections.remove(connection);
            return connections.isEmpty() ? null : connections;
        });
    }

    public Optional<OpenSocket> socketOf(WebSocketConnection connection) {
        return Optional.ofNullable(socketByConnectionId.get(connection.id()));
    }

    public Optional<Participant> participantOf(WebSocketConnection connection) {
        return socketOf(connection).map(OpenSocket::participant);
    }

    /** Registered sockets on this node: what the fuzz test checks for leaks. */
    public int size() {
        return socketByConnectionId.size();
    }

    public List<WebSocketConnection> connectionsOf(Participant participant) {
        Set<WebSocketConnection> connections = byParticipant.get(participant);
        return connections == null ? List.of() : List.copyOf(connections);
    }
}
