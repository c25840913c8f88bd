package io.tsunagu.signaling.cluster;

import io.tsunagu.signaling.connection.ConnectionRegistry;
import io.tsunagu.signaling.connection.MessageSender;
import io.tsunagu.signaling.connection.Participant;
import io.tsunagu.signaling.room.RoomMembership;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.UUID;

/** Writes what another node sent to the sockets this node holds. */
@ApplicationScoped
public class LocalDelivery {

    private final RoomMembership membership;
    private final ConnectionRegistry registry;
    private final MessageSender sender;

    LocalDelivery(RoomMembership membership, ConnectionRegistry registry, MessageSender sender) {
        this.membership = membership;
        this.registry = registry;
        this.sender = sender;
    }

    void toRoom(UUID consultationId, Participant participant, String text) {
        sender.sendText(membership.connectionsOf(consultationId, participant), text);
    }

    void toParticipant(Participant participant, String text) {
        sender.sendText(registry.connectionsOf(participant), text);
    }
}
