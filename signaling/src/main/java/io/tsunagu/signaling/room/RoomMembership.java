package io.tsunagu.signaling.room;

import io.quarkus.websockets.next.WebSocketConnection;
import io.tsunagu.signaling.cluster.NodeBus;
import io.tsunagu.signaling.connection.Participant;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Which sockets have joined which room, on this node. Only joined sockets receive relayed messages:
 * a staff member's second tab that never joined stays out of the call. While a participant has a socket
 * in a room here, this node listens on their room channel ({@link NodeBus#listen}); the subscription is
 * sent under this object's lock, so that a leave and a join of one participant reach Redis in order.
 */
@ApplicationScoped
public class RoomMembership {

    private final Map<UUID, Map<WebSocketConnection, Participant>> joinedByRoom = new HashMap<>();
    private final NodeBus bus;

    RoomMembership(NodeBus bus) {
        this.bus = bus;
    }

    /**
     * Adds the socket to the room and answers, from the same moment, whether it is its participant's
     * first socket there and which sockets of the peer are in: of two joins at once, exactly one sees
     * the other.
     */
    public synchronized Entry join(UUID consultationId, WebSocketConnection connection, Participant participant, Participant peer) {
        Map<WebSocketConnection, Participant> joined = joinedByRoom.computeIfAbsent(consultationId, id -> new LinkedHashMap<>());
        boolean first = !joined.containsValue(participant);
        boolean added = joined.put(connection, participant) == null;
        if (first) {
            bus.listen(consultationId, participant);
        }
        return new Entry(first, added, connectionsOf(consultationId, peer));
    }

    /**
     * What a join found: {@code first} when no other socket of the participant was in on this node,
     * {@code added} unless the socket was in already, and the peer's sockets on this node.
     */
    public record Entry(boolean first, boolean added, List<WebSocketConnection> peerConnections) {
    }

    /** A room a closing socket was in, and whether it was its participant's last socket there on this node. */
    public record Left(UUID consultationId, boolean last) {
    }

    public synchronized boolean isJoined(UUID consultationId, WebSocketConnection connection) {
        return joinedByRoom.getOrDefault(consultationId, Map.of()).containsKey(connection);
    }

    /** The socket with this id, if it is joined to the room here. */
    public synchronized Optional<WebSocketConnection> joined(UUID consultationId, String connectionId) {
        return joinedByRoom.getOrDefault(consultationId, Map.of()).keySet().stream()
                .filter(connection -> connection.id().equals(connectionId)).findFirst();
    }

    public synchronized List<WebSocketConnection> connectionsOf(UUID consultationId, Participant participant) {
        List<WebSocketConnection> connections = new ArrayList<>();
        joinedByRoom.getOrDefault(consultationId, Map.of()).forEach((connection, joined) -> {
            if (joined.equals(participant)) {
                connections.add(connection);
            }
        });
        return connections;
    }

    public synchronized boolean isInAnyRoom(WebSocketConnection connection) {
        return joinedByRoom.values().stream().anyMatch(joined -> joined.containsKey(connection));
    }

    /** Removes the socket with this id from the room, if it is in; answers it. */
    public synchronized Optional<WebSocketConnection> remove(UUID consultationId, String connectionId) {
        Optional<WebSocketConnection> found = joined(consultationId, connectionId);
        found.ifPresent(connection -> leave(consultationId, connection, joinedByRoom.get(consultationId).get(connection)));
        return found;
    }

    /** Removes the socket from one room; true when it was its participant's last socket there. */
    public synchronized boolean leave(UUID consultationId, WebSocketConnection connection, Participant participant) {
        Map<WebSocketConnection, Participant> joined = joinedByRoom.get(consultationId);
        if (joined == null || joined.remove(connection) == null) {
            return false;
        }
        boolean last = !joined.containsValue(participant);
        if (last) {
            bus.stopListening(consultationId, participant);
        }
        if (joined.isEmpty()) {
            joinedByRoom.remove(consultationId);
        }
        return last;
    }

    /** Rooms with at least one joined socket on this node: what the fuzz test checks for leaks. */
    public synchronized int roomCount() {
        return joinedByRoom.size();
    }

    /** Removes the socket from every room; answers those rooms. */
    public synchronized List<Left> leaveAll(WebSocketConnection connection) {
        List<Left> left = new ArrayList<>();
        joinedByRoom.entrySet().removeIf(room -> {
            Participant participant = room.getValue().remove(connection);
            if (participant != null) {
                boolean last = !room.getValue().containsValue(participant);
                if (last) {
                    bus.stopListening(room.getKey(), participant);
                }
                left.add(new Left(room.getKey(), last));
            }
            return room.getValue().isEmpty();
        });
        return left;
    }

    /** Forgets the room: it ended, and nothing more is relayed in it. Answers who had sockets in it here. */
    public synchronized List<Participant> dissolve(UUID consultationId) {
        Map<WebSocketConnection, Participant> joined = joinedByRoom.remove(consultationId);
        if (joined == null) {
            return List.of();
        }
        List<Participant> here = List.copyOf(new HashSet<>(joined.values()));
        here.forEach(participant -> bus.stopListening(consultationId, participant));
        return here;
    }
}
