package io.tsunagu.signaling;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.websockets.next.BasicWebSocketConnector;
import io.quarkus.websockets.next.CloseReason;
import io.quarkus.websockets.next.WebSocketClientConnection;
import io.tsunagu.testing.KeycloakTokens;
import io.tsunagu.testing.TestShopperTickets;
import io.vertx.core.http.UpgradeRejectedException;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/** A test's socket on /ws: what it receives is queued, and read with a timeout. */
public final class TestSocket implements AutoCloseable {

    /** Long enough for a loaded build machine, short enough that a missing message fails fast. */
    public static final Duration RECEIVE_TIMEOUT = Duration.ofSeconds(5);
    /** How long a test waits to be sure that a message does not come. */
    public static final Duration SILENCE = Duration.ofMillis(500);
    private static final ObjectMapper JSON = new ObjectMapper();

    /** The origin of the shop's pages behind the edge: what a browser on them sends, and allowed by default. */
    public static final String SHOP_ORIGIN = "http://localhost:8080";

    private final WebSocketClientConnection connection;
    private final BlockingQueue<String> received;
    private final CompletableFuture<CloseReason> closed;
    /** Consultations this socket sent a message about. */
    private final java.util.Set<String> named = java.util.concurrent.ConcurrentHashMap.newKeySet();

    private TestSocket(WebSocketClientConnection connection, BlockingQueue<String> received, CompletableFuture<CloseReason> closed) {
        this.connection = connection;
        this.received = received;
        this.closed = closed;
    }

    public static TestSocket staff(URI baseUri, String username) {
        return open(baseUri, connector -> connector.addHeader("Authorization", "Bearer " + KeycloakTokens.accessToken(username)));
    }

    public static TestSocket shopper(URI baseUri, String visitorId) {
        return open(baseUri, connector -> connector.addHeader("Shopper-Ticket", TestShopperTickets.ticketFor(visitorId)));
    }

    /** Opens a socket as a browser on the shop's pages does ({@link #SHOP_ORIGIN}); {@code credentials} adds headers. */
    public static TestSocket open(URI baseUri, UnaryOperator<BasicWebSocketConnector> credentials) {
        return open(baseUri, SHOP_ORIGIN, credentials);
    }

    /** Opens a socket as a browser on a page of {@code origin} does. */
    public static TestSocket open(URI baseUri, String origin, UnaryOperator<BasicWebSocketConnector> credentials) {
        BlockingQueue<String> received = new LinkedBlockingQueue<>();
        CompletableFuture<CloseReason> closed = new CompletableFuture<>();
        BasicWebSocketConnector connector = BasicWebSocketConnector.create()
                .baseUri(baseUri)
                .path("/ws")
                .addHeader("Origin", origin)
                .onTextMessage((connection, text) -> received.add(text))
                .onClose((connection, reason) -> closed.complete(reason));
        return new TestSocket(credentials.apply(connector).connectAndAwait(), received, closed);
    }

    /** The HTTP status that rejected the upgrade; fails when the upgrade succeeds. */
    public static int rejectedUpgradeStatus(URI baseUri, UnaryOperator<BasicWebSocketConnector> credentials) {
        return rejectedUpgradeStatus(baseUri, SHOP_ORIGIN, credentials);
    }

    /** The HTTP status that rejected an upgrade from a page of {@code origin}; fails when the upgrade succeeds. */
    public static int rejectedUpgradeStatus(URI baseUri, String origin, UnaryOperator<BasicWebSocketConnector> credentials) {
        Throwable failure = catchThrowable(() -> open(baseUri, origin, credentials).close());
        Throwable cause = failure;
        while (cause != null && !(cause instanceof UpgradeRejectedException)) {
            cause = cause.getCause();
        }
        assertThat(cause).as("the upgrade is rejected, not failed otherwise: %s", failure).isInstanceOf(UpgradeRejectedException.class);
        return ((UpgradeRejectedException) cause).getStatus();
    }

    public void send(String text) {
        remember(text);
        connection.sendTextAndAwait(text);
    }

    private void remember(String text) {
        try {
            JsonNode sent = JSON.readTree(text);
            if (sent != null && sent.path("consultationId").isTextual()) {
                named.add(sent.path("consultationId").asText());
            }
        } catch (IOException e) {
            // Not JSON: a test of malformed input names no room.
        }
    }

    /** The next message, as JSON; fails when none comes in time. */
    public JsonNode next() {
        try {
            String text = received.poll(RECEIVE_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
            assertThat(text).as("a message within %s", RECEIVE_TIMEOUT).isNotNull();
            return JSON.readTree(text);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new AssertionError("the server sent a message that is not JSON", e);
        }
    }

    /** A message already received, or null at once when none is waiting. */
    public JsonNode poll() {
        String text = received.poll();
        try {
            return text == null ? null : JSON.readTree(text);
        } catch (IOException e) {
            throw new AssertionError("the server sent a message that is not JSON", e);
        }
    }

    /** The next message, or null when none comes in time or the socket closes first. */
    public JsonNode nextOrNull() {
        return nextOrNull(RECEIVE_TIMEOUT);
    }

    /** The next message within {@code within}, or null. */
    public JsonNode nextOrNull(Duration within) {
        try {
            String text = received.poll(within.toMillis(), TimeUnit.MILLISECONDS);
            return text == null ? null : JSON.readTree(text);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new AssertionError("the server sent a message that is not JSON", e);
        }
    }

    /**
     * The next message, which must have the given type. A {@code call-end} of a room this socket never
     * named is skipped: it goes to every socket of a participant, and rooms of earlier tests with the same
     * staff member end when their grace period runs out.
     */
    public JsonNode next(String type) {
        JsonNode message = next();
        while (!type.equals("call-end") && isStrayCallEnd(message)) {
            message = next();
        }
        assertThat(message.path("type").asText()).as("type of %s", message).isEqualTo(type);
        return message;
    }

    /** The next message of the type for the consultation; stray {@code call-end}s of other rooms are skipped. */
    public JsonNode next(String type, java.util.UUID consultationId) {
        JsonNode message = next();
        while (message.path("type").asText().equals("call-end") && !message.path("consultationId").asText().equals(consultationId.toString())) {
            message = next();
        }
        assertThat(message.path("type").asText()).as("type of %s", message).isEqualTo(type);
        assertThat(message.path("consultationId").asText()).isEqualTo(consultationId.toString());
        return message;
    }

    public void expectSilence() {
        try {
            long deadline = System.nanoTime() + SILENCE.toNanos();
            String text;
            do {
                text = received.poll(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            } while (text != null && isStrayCallEnd(JSON.readTree(text)));
            assertThat(text).as("no message").isNull();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new AssertionError("the server sent a message that is not JSON", e);
        }
    }

    private boolean isStrayCallEnd(JsonNode message) {
        return message.path("type").asText().equals("call-end") && !named.contains(message.path("consultationId").asText());
    }

    /** Sends without waiting for the write: for a flood, which the server may cut off halfway. */
    public void sendAndForget(String text) {
        remember(text);
        connection.sendText(text).subscribe().with(sent -> { }, failure -> { });
    }

    /** The reason the server gave when it closed the socket; fails when it stays open. */
    public CloseReason awaitClose(Duration timeout) {
        try {
            return closed.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            throw new AssertionError("the socket is still open after " + timeout, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
    }

    /** The reason the server gave when it closed the socket, or null when it is still open after {@code timeout}. */
    public CloseReason awaitCloseOrNull(Duration timeout) {
        try {
            return closed.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
    }

    public boolean isOpen() {
        return connection.isOpen();
    }

    @Override
    public void close() {
        if (connection.isOpen()) {
            connection.closeAndAwait();
        }
    }
}
