package io.tsunagu.signaling.cluster;

import io.tsunagu.signaling.connection.ConnectionRegistry;
import io.tsunagu.signaling.connection.MessageSender;
import io.tsunagu.signaling.connection.Participant;
import io.tsunagu.signaling.room.RoomMembership;
import io.tsunagu.signaling.room.RoomService;
import io.tsunagu.signaling.room.RoomSignals;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.UUID;

/** Writes what another node sent to the sockets this node holds. */
@ApplicationScoped
public class LocalDelivery {

    private final RoomMembership membership;
    private final ConnectionRegistry registry;
    private final MessageSender sender;
    private final RoomSignals signals;
    private final RoomService rooms;

    LocalDelivery(RoomMembership membership, ConnectionRegistry registry, MessageSender sender, RoomSignals signals,
                  RoomService rooms) {
        this.membership = membership;
        this.signals = signals;
        this.rooms = rooms;
        this.registry = registry;
        this.sender = sender;
    }

    void toRoom(UUID consultationId, Participant participant, String text) {
        sender.sendText(membership.connectionsOf(consultationId, participant), text);
    }

    void toParticipant(Participant participant, String text) {
        sender.sendText(registry.connectionsOf(participant), text);
    }

    void takenOver(UUID consultationId, String connectionId) {
        signals.takenOverElsewhere(consultationId, connectionId);
    }

    void roomEnded(UUID consultationId) {
        rooms.endedElsewhere(consultationId);
    }
}
