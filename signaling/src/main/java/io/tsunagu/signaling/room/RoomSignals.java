package io.tsunagu.signaling.room;

import io.quarkus.websockets.next.WebSocketConnection;
import io.tsunagu.signaling.cluster.NodeBus;
import io.tsunagu.signaling.cluster.RoomPresence;
import io.tsunagu.signaling.connection.MessageSender;
import io.tsunagu.signaling.connection.Participant;
import io.tsunagu.signaling.limits.CloseCodes;
import io.tsunagu.signaling.message.ErrorCode;
import io.tsunagu.signaling.message.MessageRejectedException;
import io.tsunagu.signaling.message.SignalMessage.CallRole;
import io.tsunagu.signaling.message.SignalMessage.Chat;
import io.tsunagu.signaling.message.SignalMessage.Join;
import io.tsunagu.signaling.message.SignalMessage.Joined;
import io.tsunagu.signaling.message.SignalMessage.Leave;
import io.tsunagu.signaling.message.SignalMessage.PeerJoined;
import io.tsunagu.signaling.message.SignalMessage.PeerLeft;
import io.tsunagu.signaling.message.SignalMessage.PeerPaused;
import io.tsunagu.signaling.message.SignalMessage.PeerResumed;
import io.tsunagu.signaling.message.SignalMessage.ProductCard;
import io.tsunagu.signaling.message.SignalMessage.Relayed;
import io.tsunagu.signaling.message.SignalMessage.Resume;
import io.tsunagu.signaling.message.SignalMessage.Resumed;
import io.tsunagu.signaling.message.SignalMessage.RoomMessage;
import io.tsunagu.signaling.message.SignalMessage.ServerMessage;
import io.tsunagu.signaling.resume.Grant;
import io.tsunagu.signaling.resume.Pauses;
import io.tsunagu.signaling.resume.ResumeTokens;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/**
 * The room protocol on a socket: join (or resume) first, then offers, answers, ICE candidates, ICE
 * restarts, hang-ups, chat and product cards go to the other participant's joined sockets. Every
 * message is checked against the socket's participant and the rooms the socket is in. When a
 * participant's last socket in a room drops, the peer sees {@code peer-paused}; a socket that resumes
 * (or joins) within the grace period brings {@code peer-resumed}, and otherwise {@link RoomCleanup}
 * ends the call.
 */
@ApplicationScoped
public class RoomSignals {

    private static final Logger LOG = Logger.getLogger(RoomSignals.class);
    private static final String CONSULTATION_ID = "consultationId";

    private final RoomService rooms;
    private final RoomMembership membership;
    private final MessageSender sender;
    private final ResumeTokens tokens;
    private final Pauses pauses;
    private final RoomPresence presence;
    private final NodeBus bus;
    private final Clock clock;
    /**
     * Joins, resumes and leaves queue their messages under this lock, so that every socket hears of a
     * room's changes in the order they happened (sending only queues). Relays do not take it.
     */
    private final Object roomChanges = new Object();

    RoomSignals(RoomService rooms, RoomMembership membership, MessageSender sender, ResumeTokens tokens, Pauses pauses,
                RoomPresence presence, NodeBus bus) {
        this.presence = presence;
        this.bus = bus;
        this.rooms = rooms;
        this.membership = membership;
        this.sender = sender;
        this.tokens = tokens;
        this.pauses = pauses;
        this.clock = Clock.systemUTC();
    }

    public void join(WebSocketConnection connection, Participant participant, Join join) {
        UUID consultationId = join.consultationId();
        Room room = admissibleRoom(consultationId, participant);
        Participant peer = room.peerOf(participant).orElseThrow();
        synchronized (roomChanges) {
            RoomMembership.Entry entry = membership.join(consultationId, connection, participant, peer);
            // What the peer sends once it hears of this socket must find this node listening.
            bus.awaitListening(consultationId, participant);
            boolean first = entry.added() && presence.arrive(consultationId, participant, entry.first());
            boolean peerPresent = presence.present(consultationId, peer, !entry.peerConnections().isEmpty());
            String token = tokens.issue(consultationId, participant, connection);
            // joined before peer-joined: the peer may answer peer-joined with an offer, which must not overtake it.
            sender.send(connection, new Joined(consultationId, peerPresent, token));
            if (pauses.resume(consultationId, participant)) {
                // A reload instead of a resume: the peer saw a pause, and now the return.
                toPeer(consultationId, peer, new PeerResumed(consultationId));
            } else if (first) {
                toPeer(consultationId, peer, new PeerJoined(consultationId));
            }
        }
    }

    /**
     * A new socket takes the place of a dropped one (or of one the server still thinks open, which is
     * closed with {@code 4000}). The peer sees {@code peer-resumed} if it was told of a pause.
     */
    public void resume(WebSocketConnection connection, Participant participant, Resume resume) {
        UUID consultationId = resume.consultationId();
        Grant grant = tokens.redeem(resume.resumeToken(), consultationId, participant, clock.instant())
                .orElseThrow(() -> new MessageRejectedException(ErrorCode.BAD_RESUME, "resumeToken",
                        "is unknown, used, expired, or for another room; join the room instead"));
        Room room = admissibleRoom(consultationId, participant);
        Participant peer = room.peerOf(participant).orElseThrow();
        WebSocketConnection replacedHere = null;
        boolean replaced = false;
        synchronized (roomChanges) {
            if (grant.open() && !grant.connectionId().equals(connection.id())) {
                replaced = true;
                if (grant.node().equals(bus.nodeId())) {
                    // The old socket looks open but its browser has moved on: it leaves without the peer noticing.
                    replacedHere = membership.joined(consultationId, grant.connectionId()).orElse(null);
                    if (replacedHere != null) {
                        presence.depart(consultationId, participant, membership.leave(consultationId, replacedHere, participant));
                        tokens.revoke(consultationId, replacedHere);
                    }
                } else {
                    // The old socket is on another node, alive or dead (then nobody else would): count it out
                    // here, and ask its node to let it go.
                    presence.departFrom(consultationId, participant, grant.node());
                    bus.takeOver(grant.node(), consultationId, grant.connectionId());
                }
            }
            RoomMembership.Entry entry = membership.join(consultationId, connection, participant, peer);
            // What the peer sends once it hears of this socket must find this node listening.
            bus.awaitListening(consultationId, participant);
            boolean first = entry.added() && presence.arrive(consultationId, participant, entry.first());
            boolean peerPresent = presence.present(consultationId, peer, !entry.peerConnections().isEmpty());
            String token = tokens.issue(consultationId, participant, connection);
            sender.send(connection, new Resumed(consultationId, peerPresent, token));
            if (pauses.resume(consultationId, participant)) {
                toPeer(consultationId, peer, new PeerResumed(consultationId));
            } else if (first && !replaced) {
                toPeer(consultationId, peer, new PeerJoined(consultationId));
            }
        }
        closeReplaced(replacedHere, connection.id());
    }

    /**
     * A resume on another node took the place of this node's socket in the room: the socket leaves
     * without the peer noticing (that node counted it out) and is closed with {@code 4000}.
     */
    public void takenOverElsewhere(UUID consultationId, String connectionId) {
        WebSocketConnection replaced;
        synchronized (roomChanges) {
            replaced = membership.remove(consultationId, connectionId).orElse(null);
            if (replaced == null) {
                return;
            }
            tokens.revoke(consultationId, replaced);
        }
        closeReplaced(replaced, "another node");
    }

    private static void closeReplaced(WebSocketConnection replaced, String by) {
        if (replaced != null && replaced.isOpen()) {
            LOG.debugf("socket %s replaced by resumed socket %s", replaced.id(), by);
            replaced.close(CloseCodes.REPLACED).subscribe().with(closed -> { }, failure -> { });
        }
    }

    /**
     * Offers, answers, candidates, ICE restarts, hang-ups and product cards, passed on unchanged: the text
     * as the sender wrote it, which the strict reading has admitted (documented fields only, each once),
     * so it costs no second encoding on the busiest path.
     */
    public void relay(WebSocketConnection connection, Participant participant, Relayed message, String text) {
        Participant peer = peerInRoom(connection, participant, message);
        if (message instanceof ProductCard && participant.kind() != Participant.Kind.STAFF) {
            throw new MessageRejectedException(ErrorCode.FORBIDDEN, "only the staff member shows product cards");
        }
        sender.sendTextToRoom(message.consultationId(), peer, membership.connectionsOf(message.consultationId(), peer), text);
    }

    /** A chat line, relayed with its sender's side and the server's time. */
    public void chat(WebSocketConnection connection, Participant participant, Chat chat) {
        Participant peer = peerInRoom(connection, participant, chat);
        CallRole from = participant.kind() == Participant.Kind.STAFF ? CallRole.STAFF : CallRole.SHOPPER;
        Chat relayed = new Chat(chat.consultationId(), chat.text(), from, clock.instant().truncatedTo(ChronoUnit.MILLIS));
        toPeer(chat.consultationId(), peer, relayed);
    }

    /** The socket leaves the room for good; the peer hears peer-left when no other socket of the participant remains. */
    public void leave(WebSocketConnection connection, Participant participant, Leave leave) {
        Participant peer = peerInRoom(connection, participant, leave);
        synchronized (roomChanges) {
            tokens.revoke(leave.consultationId(), connection);
            boolean lastHere = membership.leave(leave.consultationId(), connection, participant);
            if (presence.depart(leave.consultationId(), participant, lastHere)) {
                toPeer(leave.consultationId(), peer, new PeerLeft(leave.consultationId()));
            }
        }
    }

    /**
     * The socket closed: it leaves its rooms; where it was its participant's last socket, the peer sees
     * a pause, and the socket's resume tokens run for the grace period.
     */
    public void dropped(WebSocketConnection connection, Participant participant) {
        synchronized (roomChanges) {
            tokens.dropped(connection, clock.instant());
            for (RoomMembership.Left left : membership.leaveAll(connection)) {
                UUID consultationId = left.consultationId();
                if (!presence.depart(consultationId, participant, left.last())) {
                    continue;
                }
                pauses.pause(consultationId, participant, clock.instant());
                rooms.find(consultationId)
                        .flatMap(room -> room.peerOf(participant))
                        .ifPresent(peer -> toPeer(consultationId, peer, new PeerPaused(consultationId)));
            }
        }
    }

    /**
     * The participant was in the room only through a node that died (nobody there could tell): unless a
     * socket of theirs is in the room now, the peer sees a pause, and the call ends after the grace
     * period like any other unless they resume.
     */
    void lostWithNode(UUID consultationId, Participant participant) {
        synchronized (roomChanges) {
            if (isPresent(consultationId, participant)) {
                return;
            }
            rooms.find(consultationId).filter(room -> !room.ended()).ifPresent(room -> {
                pauses.pause(consultationId, participant, clock.instant());
                room.peerOf(participant).ifPresent(peer -> toPeer(consultationId, peer, new PeerPaused(consultationId)));
            });
        }
    }

    /** Whether a socket of the participant is in the room, here or on another live node. */
    boolean isPresent(UUID consultationId, Participant participant) {
        return presence.present(consultationId, participant, !membership.connectionsOf(consultationId, participant).isEmpty());
    }

    /** The participant stayed away past the grace period: the peer hears {@code peer-left}. */
    void stayedAway(UUID consultationId, Participant participant) {
        synchronized (roomChanges) {
            rooms.find(consultationId)
                    .flatMap(room -> room.peerOf(participant))
                    .ifPresent(peer -> toPeer(consultationId, peer, new PeerLeft(consultationId)));
        }
    }

    /** To the peer's sockets in the room, on this node and on the others. */
    private void toPeer(UUID consultationId, Participant peer, ServerMessage message) {
        sender.sendToRoom(consultationId, peer, membership.connectionsOf(consultationId, peer), message);
    }

    /** The room a participant may enter: their own consultation's, still running. */
    Room admissibleRoom(UUID consultationId, Participant participant) {
        // An unknown room and somebody else's answer alike, so that ids cannot be probed.
        Room room = rooms.find(consultationId)
                .filter(found -> found.peerOf(participant).isPresent())
                .orElseThrow(() -> new MessageRejectedException(ErrorCode.FORBIDDEN_ROOM, CONSULTATION_ID,
                        "this is not the room of one of your consultations"));
        if (room.ended()) {
            throw new MessageRejectedException(ErrorCode.ROOM_ENDED, CONSULTATION_ID, "this consultation has ended");
        }
        return room;
    }

    /**
     * The lifecycle check of every message after join: the socket must be in the message's room. Never
     * blocks, so that relays and chat run on the socket's event loop.
     */
    private Participant peerInRoom(WebSocketConnection connection, Participant participant, RoomMessage message) {
        UUID consultationId = message.consultationId();
        if (!membership.isJoined(consultationId, connection)) {
            if (!membership.isInAnyRoom(connection)) {
                throw new MessageRejectedException(ErrorCode.NOT_JOINED, "join or resume a room first");
            }
            throw new MessageRejectedException(ErrorCode.NOT_IN_ROOM, CONSULTATION_ID, "this socket has not joined that room");
        }
        return rooms.cached(consultationId)
                .flatMap(room -> room.peerOf(participant))
                .orElseThrow(() -> new MessageRejectedException(ErrorCode.NOT_IN_ROOM, CONSULTATION_ID, "the room is gone"));
    }
}
