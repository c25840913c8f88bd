package io.tsunagu.signaling.resume;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.websockets.next.CloseReason;
import io.tsunagu.signaling.Rooms;
import io.tsunagu.signaling.TestSocket;
import io.tsunagu.signaling.client.RecordingMatching;
import io.tsunagu.testing.DemoUsers;
import io.tsunagu.testing.TestShopperTickets;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.time.Duration;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A dropped socket comes back into its room with its resume token. The test profile's grace period is
 * 2 s (application.properties), so the expiry is observed, not assumed.
 */
@QuarkusTest
class ResumeTest {

    private static final String STAFF = DemoUsers.REN;

    @TestHTTPResource("/")
    URI baseUri;

    @Inject
    RecordingMatching matching;

    @Test
    void aDroppedShopperResumesAndThePeerSeesOnlyAPause() {
        String visitorId = TestShopperTickets.newVisitorId();
        UUID consultationId = Rooms.open(visitorId, STAFF);
        try (TestSocket staff = TestSocket.staff(baseUri, STAFF)) {
            staff.send(join(consultationId));
            staff.next("joined");
            String token;
            try (TestSocket shopper = TestSocket.shopper(baseUri, visitorId)) {
                shopper.send(join(consultationId));
                token = shopper.next("joined").path("resumeToken").asText();
                assertThat(token).hasSizeGreaterThanOrEqualTo(32);
                staff.next("peer-joined");
            }
            staff.next("peer-paused");

            try (TestSocket shopper = TestSocket.shopper(baseUri, visitorId)) {
                shopper.send(resume(consultationId, token));
                JsonNode resumed = shopper.next("resumed");
                assertThat(resumed.path("consultationId").asText()).isEqualTo(consultationId.toString());
                assertThat(resumed.path("peerPresent").asBoolean()).isTrue();
                assertThat(resumed.path("resumeToken").asText()).isNotBlank().isNotEqualTo(token);
                staff.next("peer-resumed");

                // Back in the room: relays flow both ways again.
                staff.send("{\"type\":\"ice-restart\",\"consultationId\":\"%s\"}".formatted(consultationId));
                shopper.next("ice-restart");
                shopper.send("{\"type\":\"hang-up\",\"consultationId\":\"%s\"}".formatted(consultationId));
                staff.next("hang-up");
            }
        }
    }

    @Test
    void aTokenIsUsedOnce() {
        String visitorId = TestShopperTickets.newVisitorId();
        UUID consultationId = Rooms.open(visitorId, STAFF);
        String token;
        try (TestSocket shopper = TestSocket.shopper(baseUri, visitorId)) {
            shopper.send(join(consultationId));
            token = shopper.next("joined").path("resumeToken").asText();
        }
        try (TestSocket first = TestSocket.shopper(baseUri, visitorId)) {
            first.send(resume(consultationId, token));
            first.next("resumed");
            try (TestSocket second = TestSocket.shopper(baseUri, visitorId)) {
                second.send(resume(consultationId, token));
                assertThat(second.next("error").path("code").asText()).isEqualTo("BAD_RESUME");
            }
        }
    }

    @Test
    void anotherShoppersTokenOrAnotherRoomIsABadResume() {
        String visitorId = TestShopperTickets.newVisitorId();
        UUID consultationId = Rooms.open(visitorId, STAFF);
        String token;
        try (TestSocket shopper = TestSocket.shopper(baseUri, visitorId)) {
            shopper.send(join(consultationId));
            token = shopper.next("joined").path("resumeToken").asText();
        }
        try (TestSocket stranger = TestSocket.shopper(baseUri, TestShopperTickets.newVisitorId())) {
            stranger.send(resume(consultationId, token));
            assertThat(stranger.next("error").path("code").asText()).isEqualTo("BAD_RESUME");
        }
        try (TestSocket shopper = TestSocket.shopper(baseUri, visitorId)) {
            shopper.send(resume(UUID.randomUUID(), token));
            assertThat(shopper.next("error").path("code").asText()).isEqualTo("BAD_RESUME");
            shopper.send(resume(consultationId, "made-up-token"));
            assertThat(shopper.next("error").path("code").asText()).isEqualTo("BAD_RESUME");
            // The stranger's and the wrong-room attempts did not spoil the owner's token.
            shopper.send(resume(consultationId, token));
            shopper.next("resumed");
        }
    }

    @Test
    void aResumeTakesThePlaceOfASocketTheServerStillThinksOpen() {
        String visitorId = TestShopperTickets.newVisitorId();
        UUID consultationId = Rooms.open(visitorId, STAFF);
        try (TestSocket staff = TestSocket.staff(baseUri, STAFF);
             TestSocket stale = TestSocket.shopper(baseUri, visitorId)) {
            staff.send(join(consultationId));
            staff.next("joined");
            stale.send(join(consultationId));
            String token = stale.next("joined").path("resumeToken").asText();
            staff.next("peer-joined");
            try (TestSocket fresh = TestSocket.shopper(baseUri, visitorId)) {
                fresh.send(resume(consultationId, token));
                fresh.next("resumed");
                CloseReason reason = stale.awaitClose(TestSocket.RECEIVE_TIMEOUT);
                assertThat(reason.getCode()).isEqualTo(4000);
                // The peer saw no pause: the call went on.
                staff.send("{\"type\":\"ice-restart\",\"consultationId\":\"%s\"}".formatted(consultationId));
                fresh.next("ice-restart");
                staff.expectSilence();
            }
        }
    }

    @Test
    void aPeerAwayPastTheGracePeriodEndsTheCallAndMatchingIsTold() {
        String visitorId = TestShopperTickets.newVisitorId();
        UUID consultationId = Rooms.open(visitorId, STAFF);
        try (TestSocket staff = TestSocket.staff(baseUri, STAFF)) {
            staff.send(join(consultationId));
            staff.next("joined");
            String token;
            try (TestSocket shopper = TestSocket.shopper(baseUri, visitorId)) {
                shopper.send(join(consultationId));
                token = shopper.next("joined").path("resumeToken").asText();
                staff.next("peer-joined");
            }
            staff.next("peer-paused");
            staff.next("peer-left", consultationId);
            staff.next("call-end", consultationId);
            assertThat(matching.ended()).contains(consultationId);

            try (TestSocket late = TestSocket.shopper(baseUri, visitorId)) {
                late.send(resume(consultationId, token));
                assertThat(late.next("error").path("code").asText()).isEqualTo("BAD_RESUME");
                late.send(join(consultationId));
                assertThat(late.next("error").path("code").asText()).isEqualTo("ROOM_ENDED");
            }
        }
    }

    @Test
    void aReloadThatJoinsAfreshWithinTheGracePeriodIsAResumeForThePeer() {
        String visitorId = TestShopperTickets.newVisitorId();
        UUID consultationId = Rooms.open(visitorId, STAFF);
        try (TestSocket staff = TestSocket.staff(baseUri, STAFF)) {
            staff.send(join(consultationId));
            staff.next("joined");
            try (TestSocket shopper = TestSocket.shopper(baseUri, visitorId)) {
                shopper.send(join(consultationId));
                shopper.next("joined");
                staff.next("peer-joined");
            }
            staff.next("peer-paused");
            try (TestSocket reloaded = TestSocket.shopper(baseUri, visitorId)) {
                reloaded.send(join(consultationId));
                reloaded.next("joined");
                staff.next("peer-resumed");
                staff.expectSilence();
                assertThat(matching.ended()).doesNotContain(consultationId);
            }
        }
    }

    private static String join(UUID consultationId) {
        return "{\"type\":\"join\",\"consultationId\":\"%s\"}".formatted(consultationId);
    }

    private static String resume(UUID consultationId, String token) {
        return "{\"type\":\"resume\",\"consultationId\":\"%s\",\"resumeToken\":\"%s\"}".formatted(consultationId, token);
    }
}
