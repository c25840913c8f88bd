package io.tsunagu.signaling.limits;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.websockets.next.CloseReason;
import io.tsunagu.shopperticket.ShopperTicketCodec;
import io.tsunagu.shopperticket.ShopperTickets;
import io.tsunagu.signaling.TestSocket;
import io.tsunagu.testing.TestShopperTickets;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** The limits on /ws: origin, frame size, message rate, sockets per identity, identity expiry. */
@QuarkusTest
class SocketLimitsTest {

    private static final String FOREIGN_ORIGIN = "https://attacker.example";
    private static final String OTHER_ALLOWED_ORIGIN = "http://127.0.0.1:8080";
    private static final int FRAME_LIMIT = 64 * 1024;
    private static final int CLOSED_UNCLEANLY = 1011;
    private static final int BURST = 50;
    private static final int PER_SECOND = 20;
    private static final int ICE_CANDIDATE_BURST = 100;
    private static final int MAX_SOCKETS = 3;
    private static final Duration CLOSE_TIMEOUT = Duration.ofSeconds(10);
    private static final Duration SHORT_TICKET_LIFETIME = Duration.ofSeconds(3);

    @TestHTTPResource("/")
    URI baseUri;

    @Test
    void anUpgradeFromAForeignPageIsRefusedWith403BeforeCredentialsAreLookedAt() {
        String ticket = TestShopperTickets.ticketFor(TestShopperTickets.newVisitorId());
        assertThat(TestSocket.rejectedUpgradeStatus(baseUri, FOREIGN_ORIGIN, connector -> connector.addHeader(ShopperTickets.HEADER, ticket)))
                .isEqualTo(403);
        assertThat(TestSocket.rejectedUpgradeStatus(baseUri, FOREIGN_ORIGIN, connector -> connector)).isEqualTo(403);
    }

    @Test
    void everyAllowedOriginIsAdmitted() {
        String visitorId = TestShopperTickets.newVisitorId();
        for (String origin : List.of(TestSocket.SHOP_ORIGIN, OTHER_ALLOWED_ORIGIN, OTHER_ALLOWED_ORIGIN + "/")) {
            try (TestSocket shopper = TestSocket.open(baseUri, origin,
                    connector -> connector.addHeader(ShopperTickets.HEADER, TestShopperTickets.ticketFor(visitorId)))) {
                shopper.send(hangUp());
                assertThat(shopper.next("error").path("code").asText()).as("from %s", origin).isEqualTo("NOT_JOINED");
            }
        }
    }

    @Test
    void aNonBrowserClientWithoutOriginIsAdmittedOnItsCredentials() throws Exception {
        // The JDK's client sends no Origin unless told to, unlike Vert.x's.
        HttpClient client = HttpClient.newHttpClient();
        URI ws = URI.create(baseUri.toString().replaceFirst("^http", "ws")).resolve("/ws");
        WebSocket socket = client.newWebSocketBuilder()
                .header(ShopperTickets.HEADER, TestShopperTickets.ticketFor(TestShopperTickets.newVisitorId()))
                .buildAsync(ws, new WebSocket.Listener() { })
                .get(TestSocket.RECEIVE_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        assertThat(socket.isInputClosed()).isFalse();
        socket.sendClose(WebSocket.NORMAL_CLOSURE, "").get(TestSocket.RECEIVE_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Test
    void aMessageUpToTheLimitIsReadAndALargerFrameClosesTheSocket() {
        try (TestSocket shopper = TestSocket.shopper(baseUri, TestShopperTickets.newVisitorId())) {
            // Read and answered: the SDP is over its own 60,000-character limit, the socket stays open.
            shopper.send(offerOfLength(FRAME_LIMIT));
            assertThat(shopper.next("error").path("code").asText()).isEqualTo("TOO_LARGE");
            assertThat(shopper.isOpen()).isTrue();

            // Netty refuses the frame while decoding it and the connection goes down with it: the client sees
            // 1009 or, when the channel closes before the close frame is read, 1011. Either way it is closed.
            shopper.send(offerOfLength(FRAME_LIMIT + 1));
            assertThat(shopper.awaitClose(CLOSE_TIMEOUT).getCode()).isIn(CloseCodes.MESSAGE_TOO_BIG, CLOSED_UNCLEANLY);
        }
    }

    @Test
    void messagesOverTheRateAreAnsweredWithRateLimitedAndTheSocketStaysOpen() throws InterruptedException {
        int sent = BURST + 30;
        try (TestSocket shopper = TestSocket.shopper(baseUri, TestShopperTickets.newVisitorId())) {
            long started = System.nanoTime();
            for (int i = 0; i < sent; i++) {
                shopper.send(hangUp());
            }
            int processed = 0;
            int limited = 0;
            for (int i = 0; i < sent; i++) {
                String code = shopper.next("error").path("code").asText();
                if (code.equals("RATE_LIMITED")) {
                    limited++;
                } else {
                    assertThat(code).isEqualTo("NOT_JOINED");
                    processed++;
                }
            }
            // The server took the messages between the first send and the last answer: the refill is bounded by that.
            double seconds = (System.nanoTime() - started) / 1e9;
            assertThat(processed).as("the burst is processed").isGreaterThanOrEqualTo(BURST)
                    .as("at most the burst and the refill in %.2f s", seconds).isLessThanOrEqualTo(BURST + (int) Math.ceil(seconds * PER_SECOND) + 1);
            assertThat(limited).isEqualTo(sent - processed).isPositive();

            Thread.sleep(Duration.ofSeconds(1).toMillis());
            shopper.send(hangUp());
            assertThat(shopper.next("error").path("code").asText()).as("after a pause, messages are processed again").isEqualTo("NOT_JOINED");
            assertThat(shopper.isOpen()).isTrue();
        }
    }

    @Test
    void iceCandidatesArePaidFromTheirOwnBudget() {
        try (TestSocket shopper = TestSocket.shopper(baseUri, TestShopperTickets.newVisitorId())) {
            // The general burst spent first, then a browser's burst of candidates: none of them is refused.
            for (int i = 0; i < BURST; i++) {
                shopper.send(hangUp());
            }
            for (int i = 0; i < ICE_CANDIDATE_BURST; i++) {
                shopper.send(iceCandidate());
            }
            for (int i = 0; i < BURST + ICE_CANDIDATE_BURST; i++) {
                assertThat(shopper.next("error").path("code").asText()).as("answer %d", i).isEqualTo("NOT_JOINED");
            }
            // Past their burst, candidates are refused like any other message.
            int limited = 0;
            for (int i = 0; i < ICE_CANDIDATE_BURST; i++) {
                shopper.send(iceCandidate());
            }
            for (int i = 0; i < ICE_CANDIDATE_BURST; i++) {
                if (shopper.next("error").path("code").asText().equals("RATE_LIMITED")) {
                    limited++;
                }
            }
            assertThat(limited).isPositive();
            assertThat(shopper.isOpen()).isTrue();
        }
    }

    @Test
    void aSocketThatKeepsFloodingIsClosedWith4429() {
        try (TestSocket shopper = TestSocket.shopper(baseUri, TestShopperTickets.newVisitorId())) {
            for (int i = 0; i < 400 && shopper.isOpen(); i++) {
                shopper.sendAndForget(hangUp());
            }
            CloseReason reason = shopper.awaitClose(CLOSE_TIMEOUT);
            assertThat(reason.getCode()).isEqualTo(4429);
            assertThat(reason.getCode()).isEqualTo(CloseCodes.FLOODING.getCode());
        }
    }

    @Test
    void aFourthSocketOfOneIdentityIsClosedWith4409AndAdmittedOnceOneCloses() throws InterruptedException {
        String visitorId = TestShopperTickets.newVisitorId();
        List<TestSocket> open = new ArrayList<>();
        try {
            for (int i = 0; i < MAX_SOCKETS; i++) {
                TestSocket socket = TestSocket.shopper(baseUri, visitorId);
                open.add(socket);
                socket.send(hangUp());
                assertThat(socket.next("error").path("code").asText()).as("socket %d works", i + 1).isEqualTo("NOT_JOINED");
            }
            try (TestSocket fourth = TestSocket.shopper(baseUri, visitorId)) {
                assertThat(fourth.awaitClose(CLOSE_TIMEOUT).getCode()).isEqualTo(4409);
            }
            // Another identity is not affected.
            try (TestSocket stranger = TestSocket.shopper(baseUri, TestShopperTickets.newVisitorId())) {
                stranger.send(hangUp());
                assertThat(stranger.next("error").path("code").asText()).isEqualTo("NOT_JOINED");
            }

            open.remove(0).close();
            assertThat(openWithinLimit(visitorId)).as("a socket is admitted once one of the three closed").isTrue();
        } finally {
            open.forEach(TestSocket::close);
        }
    }

    @Test
    void aShopperSocketIsClosedWith1008WhenItsTicketExpires() {
        ShopperTicketCodec shortLived = new ShopperTicketCodec(TestShopperTickets.TEST_SECRET, SHORT_TICKET_LIFETIME);
        Instant issuedAt = Instant.now();
        Instant expiresAt = Instant.ofEpochSecond(issuedAt.plus(SHORT_TICKET_LIFETIME).getEpochSecond());
        String ticket = shortLived.issue(TestShopperTickets.newVisitorId(), issuedAt);
        try (TestSocket shopper = TestSocket.open(baseUri, connector -> connector.addHeader(ShopperTickets.HEADER, ticket))) {
            shopper.send(hangUp());
            assertThat(shopper.next("error").path("code").asText()).isEqualTo("NOT_JOINED");

            CloseReason reason = shopper.awaitClose(SHORT_TICKET_LIFETIME.plus(CLOSE_TIMEOUT));
            Instant closedAt = Instant.now();
            assertThat(reason.getCode()).isEqualTo(CloseCodes.IDENTITY_EXPIRED);
            assertThat(closedAt).as("closed at the expiry, not before").isAfterOrEqualTo(expiresAt.minusMillis(100))
                    .as("and within a minute of it").isBefore(expiresAt.plusSeconds(60));
        }
    }

    /**
     * Opens a socket for the visitor, retrying while the server has yet to see an earlier one close. An attempt
     * ends at its answer or its refusal, so a loaded machine gets several attempts, not one long wait.
     */
    private boolean openWithinLimit(String visitorId) throws InterruptedException {
        long deadline = System.nanoTime() + TestSocket.RECEIVE_TIMEOUT.multipliedBy(3).toNanos();
        while (System.nanoTime() < deadline) {
            TestSocket socket = TestSocket.shopper(baseUri, visitorId);
            try {
                socket.send(hangUp());
                JsonNode answer = null;
                for (int poll = 0; poll < 25 && answer == null && socket.isOpen(); poll++) {
                    answer = socket.nextOrNull(Duration.ofMillis(200));
                }
                if (answer != null && answer.path("code").asText().equals("NOT_JOINED")) {
                    return true;
                }
            } catch (RuntimeException refused) {
                // The server closed this socket (4409) before the message went out: still at the limit.
            } finally {
                socket.close();
            }
            Thread.sleep(100);
        }
        return false;
    }

    private static String iceCandidate() {
        return ("{\"type\":\"ice-candidate\",\"consultationId\":\"%s\",\"candidate\":{\"candidate\":"
                + "\"candidate:1 1 udp 2122260223 127.0.0.1 50000 typ host\",\"sdpMid\":\"0\",\"sdpMLineIndex\":0}}").formatted(UUID.randomUUID());
    }

    private static String hangUp() {
        return "{\"type\":\"hang-up\",\"consultationId\":\"%s\"}".formatted(UUID.randomUUID());
    }

    /** An offer (for a room not joined) whose JSON text is exactly {@code length} bytes. */
    private static String offerOfLength(int length) {
        String empty = "{\"type\":\"offer\",\"consultationId\":\"%s\",\"sdp\":\"\"}".formatted(UUID.randomUUID());
        String sdp = "a".repeat(length - empty.length());
        return "{\"type\":\"offer\",\"consultationId\":\"%s\",\"sdp\":\"%s\"}".formatted(UUID.randomUUID(), sdp);
    }
}
