package io.tsunagu.signaling.room;

import io.quarkus.websockets.next.WebSocketConnection;
import io.tsunagu.signaling.connection.MessageSender;
import io.tsunagu.signaling.connection.Participant;
import io.tsunagu.signaling.message.ErrorCode;
import io.tsunagu.signaling.message.MessageRejectedException;
import io.tsunagu.signaling.message.SignalMessage.Join;
import io.tsunagu.signaling.message.SignalMessage.Joined;
import io.tsunagu.signaling.message.SignalMessage.PeerJoined;
import io.tsunagu.signaling.message.SignalMessage.PeerLeft;
import io.tsunagu.signaling.message.SignalMessage.Relayed;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.UUID;

/**
 * The room protocol on a socket: join first, then offers, answers, ICE candidates and hang-ups go to
 * the other participant's joined sockets. Every message is checked against the socket's participant.
 */
@ApplicationScoped
public class RoomSignals {

    private static final String CONSULTATION_ID = "consultationId";

    private final RoomService rooms;
    private final RoomMembership membership;
    private final MessageSender sender;

    RoomSignals(RoomService rooms, RoomMembership membership, MessageSender sender) {
        this.rooms = rooms;
        this.membership = membership;
        this.sender = sender;
    }

    public void join(WebSocketConnection connection, Participant participant, Join join) {
        UUID consultationId = join.consultationId();
        // An unknown room and somebody else's answer alike, so that ids cannot be probed.
        Room room = rooms.find(consultationId)
                .filter(found -> found.peerOf(participant).isPresent())
                .orElseThrow(() -> new MessageRejectedException(ErrorCode.FORBIDDEN_ROOM, CONSULTATION_ID,
                        "this is not the room of one of your consultations"));
        if (room.ended()) {
            throw new MessageRejectedException(ErrorCode.ROOM_ENDED, CONSULTATION_ID, "this consultation has ended");
        }
        Participant peer = room.peerOf(participant).orElseThrow();
        // Joins and leaves queue their messages under one lock, so that every socket hears of the room's
        // changes in the order they happened (sending only queues; nothing blocks in here).
        synchronized (membership) {
            RoomMembership.Entry entry = membership.join(consultationId, connection, participant, peer);
            // joined before peer-joined: the peer may answer peer-joined with an offer, which must not overtake it.
            sender.send(connection, new Joined(consultationId, !entry.peerConnections().isEmpty()));
            if (entry.first()) {
                sender.send(entry.peerConnections(), new PeerJoined(consultationId));
            }
        }
    }

    public void relay(WebSocketConnection connection, Participant participant, Relayed message) {
        UUID consultationId = message.consultationId();
        if (!membership.isJoined(consultationId, connection)) {
            throw new MessageRejectedException(ErrorCode.NOT_IN_ROOM, CONSULTATION_ID, "join the room before signalling in it");
        }
        Participant peer = rooms.find(consultationId)
                .flatMap(room -> room.peerOf(participant))
                .orElseThrow(() -> new MessageRejectedException(ErrorCode.NOT_IN_ROOM, CONSULTATION_ID, "the room is gone"));
        sender.send(membership.connectionsOf(consultationId, peer), message);
    }

    /** The socket closed: it leaves its rooms, and the peer hears of it when no other socket of its participant remains. */
    public void leaveAll(WebSocketConnection connection, Participant participant) {
        synchronized (membership) {
            for (UUID consultationId : membership.leaveAll(connection)) {
                rooms.find(consultationId)
                        .flatMap(room -> room.peerOf(participant))
                        .ifPresent(peer -> sender.send(membership.connectionsOf(consultationId, peer), new PeerLeft(consultationId)));
            }
        }
    }
}
