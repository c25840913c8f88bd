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
import io.tsunagu.signaling.cluster.SocketCount;
import io.tsunagu.signaling.connection.ConnectionRegistry.OpenSocket;
import io.tsunagu.signaling.limits.CloseCodes;
import io.tsunagu.signaling.limits.LimitsConfig;
import io.tsunagu.signaling.limits.MessageRate;
import io.tsunagu.signaling.limits.ShopperSocketExpiry;
import io.tsunagu.shopperticket.InvalidShopperTicketException;
import io.tsunagu.shopperticket.ShopperTicket;
import io.tsunagu.shopperticket.ShopperTicketIdentityProvider;
import io.tsunagu.shopperticket.ShopperTickets;
import io.tsunagu.signaling.message.ErrorCode;
import io.tsunagu.signaling.message.MessageRejectedException;
import io.tsunagu.signaling.message.SignalMessage.Chat;
import io.tsunagu.signaling.message.SignalMessage.ClientMessage;
import io.tsunagu.signaling.message.SignalMessage.ErrorMessage;
import io.tsunagu.signaling.message.SignalMessage.IceCandidate;
import io.tsunagu.signaling.message.SignalMessage.Join;
import io.tsunagu.signaling.message.SignalMessage.Leave;
import io.tsunagu.signaling.message.SignalMessage.Refresh;
import io.tsunagu.signaling.message.SignalMessage.Refreshed;
import io.tsunagu.signaling.message.SignalMessage.Relayed;
import io.tsunagu.signaling.message.SignalMessage.Resume;
import io.quarkus.websockets.next.WebSocketSecurity;
import io.quarkus.websockets.next.runtime.SecuritySupport;
import io.tsunagu.signaling.message.SignalMessageCodec;
import io.tsunagu.signaling.room.RoomSignals;
import io.netty.handler.codec.http.websocketx.CorruptedWebSocketFrameException;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.vertx.UniHelper;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import jakarta.annotation.security.RolesAllowed;
import org.jboss.logging.Logger;

import java.time.Instant;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

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
    private static final Uni<Void> DONE = Uni.createFrom().voidItem();
    /** Verifying a Keycloak token may fetch its keys once; a refresh that takes longer is refused. */
    private static final long REFRESH_TIMEOUT_SECONDS = 10;

    private final SecurityIdentity identity;
    private final ConnectionRegistry registry;
    private final SignalMessageCodec codec;
    private final MessageSender sender;
    private final RoomSignals rooms;
    private final LimitsConfig limits;
    private final WebSocketSecurity security;
    private final ShopperSocketExpiry shopperExpiry;
    private final ShopperTickets tickets;
    private final SocketCount socketCount;

    SignalingSocket(SecurityIdentity identity, ConnectionRegistry registry, SignalMessageCodec codec,
                    MessageSender sender, RoomSignals rooms, LimitsConfig limits, WebSocketSecurity security,
                    ShopperSocketExpiry shopperExpiry, ShopperTickets tickets, SocketCount socketCount) {
        this.socketCount = socketCount;
        this.identity = identity;
        this.registry = registry;
        this.codec = codec;
        this.sender = sender;
        this.rooms = rooms;
        this.limits = limits;
        this.security = security;
        this.shopperExpiry = shopperExpiry;
        this.tickets = tickets;
    }

    @OnOpen
    void open(WebSocketConnection connection) {
        // The upgrade admitted only staff and shoppers, so every identity here maps to a participant.
        Participant participant = Participant.of(identity)
                .orElseThrow(() -> new IllegalStateException("the upgrade admitted an identity that is neither staff nor shopper"));
        OpenSocket socket = new OpenSocket(participant, MessageRate.startingAt(limits.rate(), System.nanoTime()));
        if (!registry.register(connection, socket, limits.maxSocketsPerIdentity())) {
            refuse(connection, participant, "on this node");
            return;
        }
        if (!socketCount.admit(participant, connection.id(), limits.maxSocketsPerIdentity())) {
            registry.unregister(connection);
            refuse(connection, participant, "on all nodes together");
            return;
        }
        if (identity.getAttribute(ShopperTicketIdentityProvider.EXPIRES_AT) instanceof Instant expiresAt) {
            shopperExpiry.closeAt(connection, expiresAt);
        }
        LOG.debugf("socket %s open for %s", connection.id(), participant.kind());
    }

    private void refuse(WebSocketConnection connection, Participant participant, String where) {
        LOG.debugf("socket %s refused: %s already holds %d sockets %s", connection.id(), participant.kind(),
                limits.maxSocketsPerIdentity(), where);
        connection.closeAndAwait(CloseCodes.TOO_MANY_SOCKETS);
    }

    /**
     * Runs on the socket's event loop. Relays and chat, the busy path, are handled right here; joins,
     * resumes, leaves and refreshes touch Redis and PostgreSQL and run on a worker thread. Either way the
     * socket's next message waits until this one is done (websockets-next reads a socket's messages one
     * at a time, each until its {@code Uni} completes), so a candidate sent right after a join finds the
     * join done.
     */
    @OnTextMessage
    Uni<Void> receive(String text, WebSocketConnection connection) {
        OpenSocket socket = registry.socketOf(connection).orElse(null);
        if (socket == null || connection.isClosed()) {
            // Refused at open, or closed for flooding: what it sent meanwhile is still queued, and dropped.
            return DONE;
        }
        ClientMessage message;
        try {
            message = codec.decodeClientMessage(text);
        } catch (MessageRejectedException e) {
            // Unreadable messages are paid for too, from the general budget: a flood of them ends the socket as well.
            if (admitted(socket, MessageRate.Budget.MESSAGES, connection)) {
                LOG.debugf("socket %s: message rejected with %s", connection.id(), e.code());
                sender.send(connection, e.toErrorMessage());
            }
            return DONE;
        }
        MessageRate.Budget budget = message instanceof IceCandidate ? MessageRate.Budget.ICE_CANDIDATES : MessageRate.Budget.MESSAGES;
        if (!admitted(socket, budget, connection)) {
            return DONE;
        }
        Participant participant = socket.participant();
        // No default: a new type that is not handled here stops the build.
        return switch (message.messageType()) {
            case JOIN -> onWorker(connection, () -> rooms.join(connection, participant, (Join) message));
            case RESUME -> onWorker(connection, () -> rooms.resume(connection, participant, (Resume) message));
            case LEAVE -> onWorker(connection, () -> rooms.leave(connection, participant, (Leave) message));
            case REFRESH -> onWorker(connection, () -> refresh(connection, participant, (Refresh) message));
            case OFFER, ANSWER, ICE_CANDIDATE, ICE_RESTART, HANG_UP, PRODUCT_CARD ->
                    here(connection, () -> rooms.relay(connection, participant, (Relayed) message, text));
            case CHAT -> here(connection, () -> rooms.chat(connection, participant, (Chat) message));
            case JOINED, RESUMED, REFRESHED, PEER_JOINED, PEER_PAUSED, PEER_RESUMED, PEER_LEFT, OFFER_NOTICE,
                 OFFER_WITHDRAWN, QUEUE_UPDATE, CALL_START, CALL_END, ERROR ->
                    throw new IllegalStateException("the codec admits client message types only");
        };
    }

    /** Pays for a message from its budget; an over-budget one is answered (or the socket closed) here. */
    private boolean admitted(OpenSocket socket, MessageRate.Budget budget, WebSocketConnection connection) {
        switch (socket.rate().take(budget, System.nanoTime())) {
            case ACCEPT -> {
                return true;
            }
            case REFUSE -> sender.send(connection, new ErrorMessage(ErrorCode.RATE_LIMITED,
                    "too many messages; this one was dropped, slow down"));
            case CLOSE -> {
                LOG.infof("socket %s closed: it kept sending over the message rate", connection.id());
                connection.close(CloseCodes.FLOODING).subscribe().with(closed -> { }, failure -> { });
            }
        }
        return false;
    }

    private Uni<Void> here(WebSocketConnection connection, Runnable handler) {
        answeringFailures(connection, handler);
        return DONE;
    }

    /** On a worker thread, in the socket's Vert.x context as websockets-next runs blocking callbacks. */
    private Uni<Void> onWorker(WebSocketConnection connection, Runnable handler) {
        Context context = Vertx.currentContext();
        return Uni.createFrom().deferred(() -> UniHelper.toUni(context.executeBlocking(() -> {
            answeringFailures(connection, handler);
            return null;
        }, false))).replaceWithVoid();
    }

    private void answeringFailures(WebSocketConnection connection, Runnable handler) {
        try {
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
     * Renews the socket's identity with a fresh token or ticket of the same staff member or shopper, and
     * with it the time at which the socket is closed ({@code 1008}).
     */
    private void refresh(WebSocketConnection connection, Participant participant, Refresh refresh) {
        if (participant.kind() == Participant.Kind.SHOPPER) {
            refreshShopper(connection, participant, refresh);
            return;
        }
        SecurityIdentity renewed;
        try {
            renewed = security.updateSecurityIdentity(refresh.token()).toCompletableFuture().get(REFRESH_TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (ExecutionException | TimeoutException e) {
            LOG.debugf("socket %s: refresh refused (%s)", connection.id(), (e.getCause() == null ? e : e.getCause()).getClass().getSimpleName());
            throw invalidRefreshToken();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        Object expiresAt = renewed.getAttribute(SecuritySupport.QUARKUS_IDENTITY_EXPIRE_TIME);
        sender.send(connection, new Refreshed(expiresAt instanceof Long seconds ? Instant.ofEpochSecond(seconds) : null));
    }

    private void refreshShopper(WebSocketConnection connection, Participant participant, Refresh refresh) {
        ShopperTicket ticket;
        try {
            ticket = tickets.verify(refresh.token());
        } catch (InvalidShopperTicketException e) {
            throw invalidRefreshToken();
        }
        if (!ticket.visitorId().equals(participant.id())) {
            throw invalidRefreshToken();
        }
        shopperExpiry.closeAt(connection, ticket.expiresAt());
        sender.send(connection, new Refreshed(ticket.expiresAt()));
    }

    private static MessageRejectedException invalidRefreshToken() {
        return new MessageRejectedException(ErrorCode.INVALID_FIELD, "token", "is not a valid, current token or ticket of this socket's identity");
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
        shopperExpiry.forget(connection);
        registry.participantOf(connection).ifPresent(participant -> {
            rooms.dropped(connection, participant);
            socketCount.release(participant, connection.id());
        });
        registry.unregister(connection);
        LOG.debugf("socket %s closed", connection.id());
    }
}
