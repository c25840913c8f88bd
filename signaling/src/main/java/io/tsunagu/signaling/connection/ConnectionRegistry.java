package io.tsunagu.signaling.connection;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.websockets.next.WebSocketConnection;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The open sockets of this node, by participant. A participant may have several (two tabs, a reconnect
 * racing the old socket's close); a push reaches all of them.
 */
@ApplicationScoped
public class ConnectionRegistry {

    private final Map<Participant, Set<WebSocketConnection>> byParticipant = new ConcurrentHashMap<>();
    private final Map<String, Participant> participantByConnectionId = new ConcurrentHashMap<>();

    ConnectionRegistry(MeterRegistry meters) {
        meters.gaugeMapSize("tsunagu.signaling.sockets", List.of(), participantByConnectionId);
    }

    public void register(WebSocketConnection connection, Participant participant) {
        participantByConnectionId.put(connection.id(), participant);
        byParticipant.compute(participant, (key, connections) -> {
            Set<WebSocketConnection> updated = connections == null ? ConcurrentHashMap.newKeySet() : connections;
            updated.add(connection);
            return updated;
        });
    }

    public void unregister(WebSocketConnection connection) {
        Participant participant = participantByConnectionId.remove(connection.id());
        if (participant == null) {
            return;
        }
        byParticipant.computeIfPresent(participant, (key, connections) -> {
            connections.remove(connection);
            return connections.isEmpty() ? null : connections;
        });
    }

    public Optional<Participant> participantOf(WebSocketConnection connection) {
        return Optional.ofNullable(participantByConnectionId.get(connection.id()));
    }

    public List<WebSocketConnection> connectionsOf(Participant participant) {
        Set<WebSocketConnection> connections = byParticipant.get(participant);
        return connections == null ? List.of() : List.copyOf(connections);
    }
}
