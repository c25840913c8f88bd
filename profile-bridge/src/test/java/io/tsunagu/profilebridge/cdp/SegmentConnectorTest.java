package io.tsunagu.profilebridge.cdp;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The Segment connector against a fake Segment on loopback that follows the documented Profile API
 * (traits by external id, Basic auth with the token and an empty password, 404 for an unknown user)
 * and Tracking API ({@code POST /v1/track} with the write key).
 */
class SegmentConnectorTest {

    private static final String SPACE = "spa_test";
    private static final String TOKEN = "profile-token";
    private static final String WRITE_KEY = "write-key";
    private static final String MEMBER = "m-123";

    private HttpServer fakeSegment;
    private SegmentConnector connector;
    private final List<String> trackedBodies = new CopyOnWriteArrayList<>();
    private final AtomicInteger trackStatus = new AtomicInteger(200);

    private static boolean authorised(HttpExchange exchange, String key) {
        String expected = "Basic " + Base64.getEncoder().encodeToString((key + ":").getBytes(StandardCharsets.UTF_8));
        return expected.equals(exchange.getRequestHeaders().getFirst("Authorization"));
    }

    private static void answer(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        if (bytes.length > 0) {
            exchange.getResponseBody().write(bytes);
        }
        exchange.close();
    }

    @BeforeEach
    void startTheFakeSegment() throws IOException {
        fakeSegment = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        fakeSegment.createContext("/v1/spaces/", exchange -> {
            if (!authorised(exchange, TOKEN)) {
                answer(exchange, 401, "{\"error\":\"unauthorized\"}");
                return;
            }
            String path = exchange.getRequestURI().getPath();
            if (path.equals("/v1/spaces/" + SPACE + "/collections/users/profiles/user_id:" + MEMBER + "/traits")) {
                answer(exchange, 200, "{\"traits\":{\"first_name\":\"Yui\",\"lifetime_value\":42000,\"vip\":true},"
                        + "\"cursor\":{\"url\":\"\",\"has_more\":false,\"next\":\"\"}}");
            } else {
                answer(exchange, 404, "{\"error\":\"Resource not found\"}");
            }
        });
        fakeSegment.createContext("/v1/track", exchange -> {
            if (!authorised(exchange, WRITE_KEY) || !"POST".equals(exchange.getRequestMethod())) {
                answer(exchange, 401, "");
                return;
            }
            trackedBodies.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            answer(exchange, trackStatus.get(), "{\"success\":true}");
        });
        fakeSegment.start();
        URI base = URI.create("http://127.0.0.1:" + fakeSegment.getAddress().getPort());
        connector = new SegmentConnector(base, SPACE, TOKEN, base, WRITE_KEY, new ObjectMapper().registerModule(new JavaTimeModule()));
    }

    @AfterEach
    void stopIt() {
        fakeSegment.stop(0);
    }

    @Test
    void aKnownMembersTraitsArePulled() {
        Optional<CdpProfile> profile = connector.fetch(MEMBER);

        assertThat(profile).isPresent();
        assertThat(profile.get().traits()).containsEntry("first_name", "Yui").containsEntry("lifetime_value", 42000)
                .containsEntry("vip", true);
    }

    @Test
    void anUnknownMemberHasNoProfile() {
        assertThat(connector.fetch("m-nobody")).isEmpty();
    }

    @Test
    void aRefusedTokenIsAnErrorNotAnEmptyProfile() {
        URI base = URI.create("http://127.0.0.1:" + fakeSegment.getAddress().getPort());
        SegmentConnector wrongToken = new SegmentConnector(base, SPACE, "wrong", base, WRITE_KEY, new ObjectMapper());

        assertThatThrownBy(() -> wrongToken.fetch(MEMBER)).isInstanceOf(CdpUnavailableException.class).hasMessageContaining("401");
    }

    @Test
    void aConsultationIsPushedAsATrackEventWithItsIdAsMessageId() throws IOException {
        UUID consultation = UUID.randomUUID();
        connector.pushConsultation(MEMBER, new CdpConsultation(consultation, "aoi", List.of("camping"), List.of("p-7"),
                "PURCHASED", LocalDate.parse("2026-12-01"), Instant.parse("2026-11-24T10:00:00Z")));

        assertThat(trackedBodies).hasSize(1);
        JsonNode body = new ObjectMapper().readTree(trackedBodies.get(0));
        assertThat(body.get("userId").asText()).isEqualTo(MEMBER);
        assertThat(body.get("event").asText()).isEqualTo(SegmentConnector.EVENT);
        assertThat(body.get("messageId").asText()).isEqualTo(consultation.toString());
        assertThat(body.get("timestamp").asText()).isEqualTo("2026-11-24T10:00:00Z");
        assertThat(body.at("/properties/outcome").asText()).isEqualTo("PURCHASED");
        assertThat(body.at("/properties/followUpOn").asText()).isEqualTo("2026-12-01");
    }

    @Test
    void aFailedPushIsReported() {
        trackStatus.set(500);

        assertThatThrownBy(() -> connector.pushConsultation(MEMBER, new CdpConsultation(UUID.randomUUID(), "aoi", List.of(),
                List.of(), null, null, Instant.now()))).isInstanceOf(CdpUnavailableException.class).hasMessageContaining("500");
    }

    @Test
    void anUnreachableCdpIsReported() {
        int port = fakeSegment.getAddress().getPort();
        fakeSegment.stop(0);
        URI gone = URI.create("http://127.0.0.1:" + port);
        SegmentConnector unreachable = new SegmentConnector(gone, SPACE, TOKEN, gone, WRITE_KEY, new ObjectMapper());

        assertThatThrownBy(() -> unreachable.fetch(MEMBER)).isInstanceOf(CdpUnavailableException.class);
    }
}
