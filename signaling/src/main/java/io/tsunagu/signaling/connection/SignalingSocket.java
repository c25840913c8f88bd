package io.tsunagu.signaling.connection;

import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.websockets.next.CloseReason;
import io.quarkus.websockets.next.OnClose;
import io.quarkus.websockets.next.OnError;
import io.quarkus.websockets.next.OnOpen;
import io.quarkus.websockets.next.OnTextMessage;
import io.quarkus.websockets.next.WebSocket;
import io.quarkus.websockets.next.WebSocketConnection;
import io.tsunagu.signaling.Roles;
import io.tsunagu.signaling.connection.ConnectionRegistry.OpenSocket;
import io.tsunagu.signaling.limits.CloseCodes;
import io.tsunagu.signaling.limits.LimitsConfig;
import io.tsunagu.signaling.limits.MessageRate;
import io.tsunagu.signaling.message.ErrorCode;
import io.tsunagu.signaling.message.MessageRejectedException;
import io.tsunagu.signaling.message.SignalMessage.ClientMessage;
import io.tsunagu.signaling.message.SignalMessage.ErrorMessage;
import io.tsunagu.signaling.message.SignalMessage.Join;
import io.tsunagu.signaling.message.SignalMessage.Relayed;
import io.tsunagu.signaling.message.SignalMessageCodec;
import io.tsunagu.signaling.room.RoomSignals;
import io.netty.handler.codec.http.websocketx.CorruptedWebSocketFrameException;
import jakarta.annotation.security.RolesAllowed;
import org.jboss.logging.Logger;

/**
 * {@code /ws}: one socket per browser. The upgrade is authenticated (a Keycloak token for staff, a
 * shopper ticket for shoppers, as headers or through the subprotocol list) and admitted for staff and
 * shoppers only; the participant is then fixed for the socket's life. A rejected message is answered
 * with an {@code error} and the socket stays open. A participant holds a bounded number of sockets, and
 * each socket a bounded message rate ({@link LimitsConfig}); breaking either closes the socket.
 */
@WebSocket(path = SignalingSocket.PATH)
@RolesAllowed({Roles.STAFF, Roles.SHOPPER})
public class SignalingSocket {

    public static final String PATH = "/ws";

    private static final Logger LOG = Logger.getLogger(SignalingSocket.class);

    private final SecurityIdentity identity;
    private final ConnectionRegistry registry;
    private final SignalMessageCodec codec;
    private final MessageSender sender;
    private final RoomSignals rooms;
    private final LimitsConfig limits;

    SignalingSocket(SecurityIdentity identity, ConnectionRegistry registry, SignalMessageCodec codec,
                    MessageSender sender, RoomSignals rooms, LimitsConfig limits) {
        this.identity = identity;
        this.registry = registry;
        this.codec = codec;
        this.sender = sender;
        this.rooms = rooms;
        this.limits = limits;
    }

    @OnOpen
    void open(WebSocketConnection connection) {
        // The upgrade admitted only staff and shoppers, so every identity here maps to a participant.
        Participant participant = Participant.of(identity)
                .orElseThrow(() -> new IllegalStateException("the upgrade admitted an identity that is neither staff nor shopper"));
        OpenSocket socket = new OpenSocket(participant, MessageRate.startingAt(limits.rate(), System.nanoTime()));
        if (!registry.register(connection, socket, limits.maxSocketsPerIdentity())) {
            LOG.debugf("socket %s refused: %s already holds %d sockets", connection.id(), participant.kind(), limits.maxSocketsPerIdentity());
            connection.closeAndAwait(CloseCodes.TOO_MANY_SOCKETS);
            return;
        }
        LOG.debugf("socket %s open for %s", connection.id(), participant.kind());
    }

    @OnTextMessage
    void receive(String text, WebSocketConnection connection) {
        OpenSocket socket = registry.socketOf(connection).orElse(null);
        if (socket == null || connection.isClosed()) {
            // Refused at open, or closed for flooding: what it sent meanwhile is still queued, and dropped.
            return;
        }
        switch (socket.rate().take(System.nanoTime())) {
            case ACCEPT -> handle(text, connection, socket.participant());
            case REFUSE -> sender.send(connection, new ErrorMessage(ErrorCode.RATE_LIMITED,
                    "too many messages; this one was dropped, slow down"));
            case CLOSE -> {
                LOG.infof("socket %s closed: it kept sending over the message rate", connection.id());
                connection.closeAndAwait(CloseCodes.FLOODING);
            }
        }
    }

    private void handle(String text, WebSocketConnection connection, Participant participant) {
        try {
            ClientMessage message = codec.decodeClientMessage(text);
            Runnable handler = switch (message.messageType()) {
                case JOIN -> () -> rooms.join(connection, participant, (Join) message);
                case OFFER, ANSWER, ICE_CANDIDATE, HANG_UP -> () -> rooms.relay(connection, participant, (Relayed) message);
                case JOINED, PEER_JOINED, PEER_LEFT, OFFER_NOTICE, OFFER_WITHDRAWN, QUEUE_UPDATE, CALL_START, CALL_END, ERROR ->
                        () -> {
                            throw new IllegalStateException("the codec admits client message types only");
                        };
            };
            handler.run();
        } catch (MessageRejectedException e) {
            LOG.debugf("socket %s: message rejected with %s", connection.id(), e.code());
            sender.send(connection, e.toErrorMessage());
        } catch (RuntimeException e) {
            LOG.errorf(e, "socket %s: message failed", connection.id());
            sender.send(connection, new ErrorMessage(ErrorCode.INTERNAL, "the server failed; the message was not processed"));
        }
    }

    /**
     * A frame over the size limit: Netty refuses it before any endpoint code runs, and without this Quarkus
     * would log it as an unhandled error and close with 1011. A client's mistake is closed with 1009.
     */
    @OnError
    void oversize(CorruptedWebSocketFrameException failure, WebSocketConnection connection) {
        LOG.debugf("socket %s closed: %s", connection.id(), failure.getMessage());
        if (connection.isOpen()) {
            connection.closeAndAwait(new CloseReason(CloseCodes.MESSAGE_TOO_BIG, "message too big"));
        }
    }

    @OnClose
    void close(WebSocketConnection connection) {
        registry.participantOf(connection).ifPresent(participant -> rooms.leaveAll(connection, participant));
        registry.unregister(connection);
        LOG.debugf("socket %s closed", connection.id());
    }
}
