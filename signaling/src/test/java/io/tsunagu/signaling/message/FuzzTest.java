package io.tsunagu.signaling.message;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.tsunagu.signaling.Rooms;
import io.tsunagu.signaling.TestSocket;
import io.tsunagu.signaling.connection.ConnectionRegistry;
import io.tsunagu.signaling.resume.Pauses;
import io.tsunagu.signaling.resume.ResumeTokens;
import io.tsunagu.signaling.room.RoomMembership;
import io.tsunagu.testing.DemoUsers;
import io.tsunagu.testing.TestShopperTickets;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Random and mutated frames from both sides of a call, from {@link FrameGenerator}: the server never fails
 * (no {@code INTERNAL}, and it keeps answering), never answers outside the protocol (every message it
 * sends reads back strictly into its type's record), and afterwards holds no socket, room, pause or
 * resume token. Bounded by a count and a time budget; the seed is printed with any failure.
 */
@QuarkusTest
@TestProfile(FuzzTest.UnlimitedRate.class)
class FuzzTest {

    /** Frames per run, and the most time they may take on a loaded machine. */
    private static final int FRAMES = 600;
    private static final Duration BUDGET = Duration.ofSeconds(90);
    /** A field name no generated frame contains: its error answer marks the end of one frame's answers. */
    static final String MARKER_FIELD = "fuzzMarker";
    private static final String STAFF = DemoUsers.AOI;
    private static final Set<String> ERROR_CODES = EnumSet.allOf(ErrorCode.class).stream().map(Enum::name).collect(Collectors.toSet());
    private static final ObjectMapper STRICT = new ObjectMapper().registerModule(new JavaTimeModule())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    /** Without the rate limit, so that the fuzzer reaches the parser and the room protocol, not only RATE_LIMITED. */
    public static class UnlimitedRate implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("tsunagu.signaling.rate.messages-per-second", "100000",
                    "tsunagu.signaling.rate.burst", "100000",
                    "tsunagu.signaling.rate.ice-candidates-per-second", "100000",
                    "tsunagu.signaling.rate.ice-candidate-burst", "100000");
        }
    }

    @TestHTTPResource("/")
    URI baseUri;

    @Inject
    ConnectionRegistry registry;

    @Inject
    RoomMembership membership;

    @Inject
    Pauses pauses;

    @Inject
    ResumeTokens tokens;

    @Test
    void randomAndMutatedFramesNeverBreakTheProtocol() throws Exception {
        long seed = Long.getLong("tsunagu.fuzz.seed", System.nanoTime());
        Random random = new Random(seed);
        String visitorId = TestShopperTickets.newVisitorId();
        UUID consultationId = Rooms.open(visitorId, STAFF);
        FrameGenerator frames = new FrameGenerator(consultationId, random);
        long deadline = System.nanoTime() + BUDGET.toNanos();
        int sent = 0;
        try (TestSocket staff = TestSocket.staff(baseUri, STAFF);
             TestSocket shopper = TestSocket.shopper(baseUri, visitorId)) {
            staff.send(join(consultationId));
            staff.next("joined");
            shopper.send(join(consultationId));
            shopper.next("joined");
            while (sent < FRAMES && System.nanoTime() < deadline) {
                boolean fromStaff = random.nextBoolean();
                TestSocket sender = fromStaff ? staff : shopper;
                TestSocket peer = fromStaff ? shopper : staff;
                String frame = frames.next();
                sender.send(frame);
                sent++;
                assertThat(frame).doesNotContain(MARKER_FIELD);
                // The marker's answer comes after the frame's: everything before it answers the frame.
                sender.send("{\"type\":\"join\",\"consultationId\":\"%s\",\"%s\":1}".formatted(UUID.randomUUID(), MARKER_FIELD));
                JsonNode answer;
                do {
                    answer = sender.next();
                    assertInProtocol(answer, seed, frame);
                } while (!isMarkerAnswer(answer));
                JsonNode relayed;
                while ((relayed = peer.poll()) != null) {
                    assertInProtocol(relayed, seed, frame);
                }
            }
            assertThat(staff.isOpen()).as("seed %d", seed).isTrue();
            assertThat(shopper.isOpen()).as("seed %d", seed).isTrue();
        }
        assertThat(sent).as("frames sent within %s", BUDGET).isGreaterThanOrEqualTo(100);

        // The server still works: a new call is joined and relays.
        String nextVisitor = TestShopperTickets.newVisitorId();
        UUID next = Rooms.open(nextVisitor, STAFF);
        try (TestSocket staff = TestSocket.staff(baseUri, STAFF);
             TestSocket shopper = TestSocket.shopper(baseUri, nextVisitor)) {
            staff.send(join(next));
            staff.next("joined");
            shopper.send(join(next));
            shopper.next("joined");
            staff.next("peer-joined", next);
            shopper.send("{\"type\":\"ice-restart\",\"consultationId\":\"%s\"}".formatted(next));
            staff.next("ice-restart");
            shopper.send("{\"type\":\"leave\",\"consultationId\":\"%s\"}".formatted(next));
            staff.next("peer-left", next);
            staff.send("{\"type\":\"leave\",\"consultationId\":\"%s\"}".formatted(next));
        }

        // Nothing leaks: once the grace period (2 s in tests) has run out, no socket, room, pause or token remains.
        long settle = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        while (System.nanoTime() < settle && (registry.size() + membership.roomCount() + pauses.size() + tokens.size()) > 0) {
            Thread.sleep(200);
        }
        assertThat(registry.size()).as("open sockets").isZero();
        assertThat(membership.roomCount()).as("rooms with members").isZero();
        assertThat(pauses.size()).as("pauses").isZero();
        assertThat(tokens.size()).as("resume tokens").isZero();
    }

    private static boolean isMarkerAnswer(JsonNode answer) {
        return answer.path("type").asText().equals("error") && answer.path("message").asText().startsWith(MARKER_FIELD + ":");
    }

    /** Every server message is a known server type whose JSON reads strictly into its record. */
    private static void assertInProtocol(JsonNode message, long seed, String frame) {
        String context = "seed %d, after frame %s".formatted(seed, abbreviate(frame));
        assertThat(message.isObject()).as(context).isTrue();
        MessageType type = MessageType.fromWireName(message.path("type").asText()).orElse(null);
        assertThat(type).as("type of %s; %s", message, context).isNotNull();
        assertThat(type.sentByServer()).as("%s is a server message; %s", type, context).isTrue();
        ObjectNode fields = message.deepCopy();
        fields.remove("type");
        try {
            STRICT.treeToValue(fields, type.recordType());
        } catch (Exception e) {
            throw new AssertionError("%s does not read into %s: %s; %s".formatted(message, type.recordType().getSimpleName(), e.getMessage(), context));
        }
        if (type == MessageType.ERROR) {
            assertThat(message.path("code").asText()).as(context).isIn(ERROR_CODES).isNotEqualTo("INTERNAL");
            assertThat(message.path("message").isTextual()).as(context).isTrue();
        }
    }

    private static String abbreviate(String frame) {
        return frame.length() > 300 ? frame.substring(0, 300) + "…" : frame;
    }

    private static String join(UUID consultationId) {
        return "{\"type\":\"join\",\"consultationId\":\"%s\"}".formatted(consultationId);
    }
}
