package io.tsunagu.signaling.connection;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.tsunagu.signaling.Rooms;
import io.tsunagu.signaling.TestSocket;
import io.tsunagu.testing.DemoUsers;
import io.tsunagu.testing.KeycloakTokens;
import io.tsunagu.testing.TestShopperTickets;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

@QuarkusTest
class SignalingSocketTest {

    private static final String STAFF = DemoUsers.AOI;
    private static final String OTHER_STAFF = DemoUsers.REN;
    /** An SDP line is enough for the relay, which never reads the SDP. */
    private static final String SDP_OFFER = "v=0\r\no=- 4611731400430051336 2 IN IP4 127.0.0.1\r\ns=-\r\nt=0 0\r\n";
    private static final String SDP_ANSWER = "v=0\r\no=- 1833217740210042712 2 IN IP4 127.0.0.1\r\ns=-\r\nt=0 0\r\n";
    private static final String CANDIDATE_LINE = "candidate:842163049 1 udp 1677729535 127.0.0.1 49160 typ relay raddr 0.0.0.0 rport 0 generation 0";

    @TestHTTPResource("/")
    URI baseUri;

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @Test
    void upgradeWithoutIdentityIsRejectedWith401() {
        assertThat(TestSocket.rejectedUpgradeStatus(baseUri, connector -> connector)).isEqualTo(401);
    }

    @Test
    void upgradeWithInvalidCredentialsIsRejectedWith401() {
        assertThat(TestSocket.rejectedUpgradeStatus(baseUri,
                connector -> connector.addHeader("Shopper-Ticket", TestShopperTickets.expiredTicketFor(TestShopperTickets.newVisitorId()))))
                .isEqualTo(401);
        assertThat(TestSocket.rejectedUpgradeStatus(baseUri,
                connector -> connector.addHeader("Authorization", "Bearer not-a-token")))
                .isEqualTo(401);
    }

    @Test
    void upgradeOfManagerOnlyOrServiceIdentityIsRejectedWith403() {
        assertThat(TestSocket.rejectedUpgradeStatus(baseUri,
                connector -> connector.addHeader("Authorization", "Bearer " + KeycloakTokens.accessToken(DemoUsers.SORA))))
                .isEqualTo(403);
        assertThat(TestSocket.rejectedUpgradeStatus(baseUri,
                connector -> connector.addHeader("Authorization", "Bearer " + KeycloakTokens.serviceToken())))
                .isEqualTo(403);
    }

    @Test
    void browsersAuthenticateThroughTheSubprotocolList() {
        String visitorId = TestShopperTickets.newVisitorId();
        UUID consultationId = Rooms.open(visitorId, STAFF);
        try (TestSocket shopper = TestSocket.open(baseUri, connector -> connector
                .addSubprotocol("bearer-token-carrier")
                .addSubprotocol("quarkus-http-upgrade#Shopper-Ticket#" + TestShopperTickets.ticketFor(visitorId)));
             TestSocket staff = TestSocket.open(baseUri, connector -> connector
                     .addSubprotocol("bearer-token-carrier")
                     // As a browser sends it: encodeURIComponent of the whole entry.
                     .addSubprotocol(java.net.URLEncoder.encode("quarkus-http-upgrade#Authorization#Bearer " + KeycloakTokens.accessToken(STAFF),
                             java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20")))) {
            shopper.send(join(consultationId));
            assertThat(shopper.next("joined").path("peerPresent").asBoolean()).isFalse();
            staff.send(join(consultationId));
            assertThat(staff.next("joined").path("peerPresent").asBoolean()).isTrue();
            assertThat(shopper.next("peer-joined").path("consultationId").asText()).isEqualTo(consultationId.toString());
        }
    }

    @Test
    void offerAnswerAndCandidatesAreRelayedBetweenTheTwoPeers() {
        String visitorId = TestShopperTickets.newVisitorId();
        UUID consultationId = Rooms.open(visitorId, STAFF);
        try (TestSocket shopper = TestSocket.shopper(baseUri, visitorId);
             TestSocket staff = TestSocket.staff(baseUri, STAFF)) {
            staff.send(join(consultationId));
            assertThat(staff.next("joined").path("peerPresent").asBoolean()).isFalse();
            shopper.send(join(consultationId));
            assertThat(shopper.next("joined").path("peerPresent").asBoolean()).isTrue();
            staff.next("peer-joined");

            staff.send(sdp("offer", consultationId, SDP_OFFER));
            JsonNode offer = shopper.next("offer");
            assertThat(offer.path("sdp").asText()).isEqualTo(SDP_OFFER);
            assertThat(offer.path("consultationId").asText()).isEqualTo(consultationId.toString());

            shopper.send(sdp("answer", consultationId, SDP_ANSWER));
            assertThat(staff.next("answer").path("sdp").asText()).isEqualTo(SDP_ANSWER);

            shopper.send("""
                    {"type":"ice-candidate","consultationId":"%s","candidate":{"candidate":"%s","sdpMid":"0","sdpMLineIndex":0}}"""
                    .formatted(consultationId, CANDIDATE_LINE));
            JsonNode candidate = staff.next("ice-candidate").path("candidate");
            assertThat(candidate.path("candidate").asText()).isEqualTo(CANDIDATE_LINE);
            assertThat(candidate.path("sdpMid").asText()).isEqualTo("0");
            assertThat(candidate.path("sdpMLineIndex").asInt()).isZero();

            staff.send("""
                    {"type":"hang-up","consultationId":"%s"}""".formatted(consultationId));
            shopper.next("hang-up");
            // The sender hears nothing back: relays go to the peer only.
            staff.expectSilence();
        }
    }

    @Test
    void thePeerSeesAPauseWhenASocketDrops() {
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
            assertThat(staff.next("peer-paused").path("consultationId").asText()).isEqualTo(consultationId.toString());
        }
    }

    @Test
    void aShopperCannotJoinAnotherShoppersRoom() {
        UUID consultationId = Rooms.open(TestShopperTickets.newVisitorId(), STAFF);
        try (TestSocket stranger = TestSocket.shopper(baseUri, TestShopperTickets.newVisitorId())) {
            stranger.send(join(consultationId));
            assertThat(stranger.next("error").path("code").asText()).isEqualTo("FORBIDDEN_ROOM");
            // Not joined, so nothing can be sent into the room either.
            stranger.send(sdp("offer", consultationId, SDP_OFFER));
            assertThat(stranger.next("error").path("code").asText()).isEqualTo("NOT_JOINED");
        }
    }

    @Test
    void aStaffMemberCannotJoinAnotherStaffMembersRoom() {
        UUID consultationId = Rooms.open(TestShopperTickets.newVisitorId(), STAFF);
        try (TestSocket other = TestSocket.staff(baseUri, OTHER_STAFF)) {
            other.send(join(consultationId));
            assertThat(other.next("error").path("code").asText()).isEqualTo("FORBIDDEN_ROOM");
        }
    }

    @Test
    void anUnknownRoomIsForbiddenLikeAForeignOne() {
        try (TestSocket staff = TestSocket.staff(baseUri, STAFF)) {
            staff.send(join(UUID.randomUUID()));
            assertThat(staff.next("error").path("code").asText()).isEqualTo("FORBIDDEN_ROOM");
        }
    }

    @Test
    void relayingWithoutJoiningIsRejected() {
        String visitorId = TestShopperTickets.newVisitorId();
        UUID consultationId = Rooms.open(visitorId, STAFF);
        try (TestSocket staff = TestSocket.staff(baseUri, STAFF)) {
            staff.send(sdp("offer", consultationId, SDP_OFFER));
            JsonNode error = staff.next("error");
            assertThat(error.path("code").asText()).isEqualTo("NOT_JOINED");
            assertThat(error.path("message").asText()).isNotBlank();
        }
    }

    @Test
    void anEndedRoomCannotBeJoined() {
        String visitorId = TestShopperTickets.newVisitorId();
        UUID consultationId = Rooms.open(visitorId, STAFF);
        Rooms.end(consultationId);
        try (TestSocket shopper = TestSocket.shopper(baseUri, visitorId)) {
            shopper.send(join(consultationId));
            assertThat(shopper.next("error").path("code").asText()).isEqualTo("ROOM_ENDED");
        }
    }

    @Test
    void malformedJsonIsAnsweredWithAnErrorAndTheSocketKeepsWorking() {
        String visitorId = TestShopperTickets.newVisitorId();
        UUID consultationId = Rooms.open(visitorId, STAFF);
        try (TestSocket shopper = TestSocket.shopper(baseUri, visitorId)) {
            shopper.send("{\"type\":\"join\",");
            assertThat(shopper.next("error").path("code").asText()).isEqualTo("MALFORMED");
            shopper.send("[\"join\"]");
            assertThat(shopper.next("error").path("code").asText()).isEqualTo("MALFORMED");
            assertThat(shopper.isOpen()).isTrue();
            shopper.send(join(consultationId));
            shopper.next("joined");
        }
    }

    @Test
    void unknownAndServerOnlyTypesAreRejected() {
        try (TestSocket staff = TestSocket.staff(baseUri, STAFF)) {
            staff.send("{\"type\":\"teleport\",\"consultationId\":\"%s\"}".formatted(UUID.randomUUID()));
            assertThat(staff.next("error").path("code").asText()).isEqualTo("UNKNOWN_TYPE");
            staff.send("{\"type\":\"call-start\",\"consultationId\":\"%s\"}".formatted(UUID.randomUUID()));
            assertThat(staff.next("error").path("code").asText()).isEqualTo("UNKNOWN_TYPE");
        }
    }

    @Test
    void missingAndInvalidFieldsAreNamed() {
        try (TestSocket staff = TestSocket.staff(baseUri, STAFF)) {
            staff.send("{\"consultationId\":\"%s\"}".formatted(UUID.randomUUID()));
            JsonNode noType = staff.next("error");
            assertThat(noType.path("code").asText()).isEqualTo("MISSING_FIELD");
            assertThat(noType.path("message").asText()).startsWith("type:");

            staff.send("{\"type\":\"offer\",\"consultationId\":\"%s\"}".formatted(UUID.randomUUID()));
            JsonNode noSdp = staff.next("error");
            assertThat(noSdp.path("code").asText()).isEqualTo("MISSING_FIELD");
            assertThat(noSdp.path("message").asText()).startsWith("sdp:");

            staff.send("{\"type\":\"join\",\"consultationId\":\"not-a-uuid\"}");
            JsonNode badId = staff.next("error");
            assertThat(badId.path("code").asText()).isEqualTo("INVALID_FIELD");
            assertThat(badId.path("message").asText()).startsWith("consultationId:").doesNotContain("not-a-uuid");
        }
    }

    @Test
    void aRepeatedKeyIsRejected() {
        try (TestSocket staff = TestSocket.staff(baseUri, STAFF)) {
            staff.send("{\"type\":\"join\",\"type\":\"offer\",\"consultationId\":\"%s\"}".formatted(UUID.randomUUID()));
            assertThat(staff.next("error").path("code").asText()).isEqualTo("DUPLICATE_KEY");
        }
    }

    private static String join(UUID consultationId) {
        return "{\"type\":\"join\",\"consultationId\":\"%s\"}".formatted(consultationId);
    }

    private static String sdp(String type, UUID consultationId, String sdp) {
        return "{\"type\":\"%s\",\"consultationId\":\"%s\",\"sdp\":\"%s\"}".formatted(type, consultationId,
                sdp.replace("\r", "\\r").replace("\n", "\\n"));
    }
}
