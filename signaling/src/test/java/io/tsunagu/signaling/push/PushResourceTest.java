package io.tsunagu.signaling.push;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import io.tsunagu.signaling.TestSocket;
import io.tsunagu.testing.DemoUsers;
import io.tsunagu.testing.KeycloakTokens;
import io.tsunagu.testing.TestShopperTickets;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

@QuarkusTest
class PushResourceTest {

    private static final String PATH = "/api/signaling/pushes";
    private static final String STAFF = DemoUsers.HANA;
    private static final UUID OFFER_ID = UUID.fromString("5f0c6a52-3c1e-4a57-9d6e-0b8f8a7c2d11");
    private static final UUID REQUEST_ID = UUID.fromString("8d7e2b10-96a4-4c1f-b5e3-2f4d7c9a1e08");

    @TestHTTPResource("/")
    URI baseUri;

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    private static RequestSpecification asService() {
        return given().auth().oauth2(KeycloakTokens.serviceToken()).contentType(ContentType.JSON);
    }

    private static String withdrawnFor(String kind, String id) {
        return """
                {"to":{"kind":"%s","id":"%s"},"message":{"type":"offer-withdrawn","offerId":"%s","reason":"TIMED_OUT"}}"""
                .formatted(kind, id, OFFER_ID);
    }

    @Test
    void withoutTokenIs401() {
        given().contentType(ContentType.JSON).body(withdrawnFor("STAFF", STAFF))
                .when().post(PATH).then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    void staffAndShoppersAre403() {
        given().auth().oauth2(KeycloakTokens.accessToken(STAFF)).contentType(ContentType.JSON).body(withdrawnFor("STAFF", STAFF))
                .when().post(PATH).then().statusCode(403).contentType("application/problem+json");
        given().header("Shopper-Ticket", TestShopperTickets.ticketFor(TestShopperTickets.newVisitorId()))
                .contentType(ContentType.JSON).body(withdrawnFor("STAFF", STAFF))
                .when().post(PATH).then().statusCode(403);
    }

    @Test
    void anOfferNoticeReachesEverySocketOfTheStaffMember() {
        try (TestSocket first = TestSocket.staff(baseUri, STAFF);
             TestSocket second = TestSocket.staff(baseUri, STAFF);
             TestSocket otherStaff = TestSocket.staff(baseUri, DemoUsers.REN)) {
            asService().body("""
                            {"to":{"kind":"STAFF","id":"%s"},"message":{"type":"offer-notice","internal":"dropped",
                             "offer":{"id":"%s","staffUsername":"%s","shopper":{"language":"ja"}}}}"""
                            .formatted(STAFF, OFFER_ID, STAFF))
                    .when().post(PATH)
                    .then().statusCode(202).body("delivered", equalTo(2));
            for (TestSocket socket : new TestSocket[] {first, second}) {
                JsonNode notice = socket.next("offer-notice");
                assertThat(notice.path("offer").path("id").asText()).isEqualTo(OFFER_ID.toString());
                assertThat(notice.path("offer").path("shopper").path("language").asText()).isEqualTo("ja");
                assertThat(notice.has("internal")).as("only documented fields reach browsers").isFalse();
            }
            otherStaff.expectSilence();
        }
    }

    @Test
    void aQueueUpdateReachesTheShopper() {
        String visitorId = TestShopperTickets.newVisitorId();
        try (TestSocket shopper = TestSocket.shopper(baseUri, visitorId)) {
            asService().body("""
                            {"to":{"kind":"SHOPPER","id":"%s"},"message":{"type":"queue-update","requestId":"%s","status":"WAITING","position":2}}"""
                            .formatted(visitorId, REQUEST_ID))
                    .when().post(PATH)
                    .then().statusCode(202).body("delivered", equalTo(1));
            JsonNode update = shopper.next("queue-update");
            assertThat(update.path("requestId").asText()).isEqualTo(REQUEST_ID.toString());
            assertThat(update.path("status").asText()).isEqualTo("WAITING");
            assertThat(update.path("position").asInt()).isEqualTo(2);
        }
    }

    @Test
    void aRecipientWithoutSocketsIsNotAnError() {
        asService().body(withdrawnFor("SHOPPER", TestShopperTickets.newVisitorId()))
                .when().post(PATH)
                .then().statusCode(202).body("delivered", equalTo(0));
    }

    @Test
    void malformedJsonIs400() {
        asService().body("{\"to\":").when().post(PATH)
                .then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("https://tsunagu.io/problems/malformed-json"));
    }

    @Test
    void anUnknownKindIs400() {
        asService().body(withdrawnFor("MANAGER", STAFF)).when().post(PATH)
                .then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void missingPartsAre400() {
        asService().body("{\"message\":{\"type\":\"call-end\"}}").when().post(PATH)
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations.field", hasItem("to"));
        asService().body("{\"to\":{\"kind\":\"STAFF\",\"id\":\"aoi\"}}").when().post(PATH)
                .then().statusCode(400).body("violations.field", hasItem("message"));
    }

    @Test
    void aBadRecipientIdIs400() {
        asService().body(withdrawnFor("STAFF", "aoi tanaka")).when().post(PATH)
                .then().statusCode(400).body("violations.field", hasItem("to.id"));
        // Too short for a visitor id, though fine as a user name.
        asService().body(withdrawnFor("SHOPPER", "v-1")).when().post(PATH)
                .then().statusCode(400).contentType("application/problem+json").body("violations.field", hasItem("to.id"));
    }

    @Test
    void aMessageThatIsNotAnObjectIs400() {
        asService().body("{\"to\":{\"kind\":\"STAFF\",\"id\":\"aoi\"},\"message\":\"hello\"}").when().post(PATH)
                .then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void unknownAndNonPushableTypesAre400() {
        asService().body("{\"to\":{\"kind\":\"STAFF\",\"id\":\"aoi\"},\"message\":{\"type\":\"teleport\"}}").when().post(PATH)
                .then().statusCode(400).body("violations.field", hasItem("message.type"));
        asService().body("{\"to\":{\"kind\":\"STAFF\",\"id\":\"aoi\"},\"message\":{\"type\":\"call-end\",\"consultationId\":\"%s\"}}"
                        .formatted(UUID.randomUUID())).when().post(PATH)
                .then().statusCode(400).body("violations.field", hasItem("message.type"));
        asService().body("{\"to\":{\"kind\":\"STAFF\",\"id\":\"aoi\"},\"message\":{\"type\":\"offer\",\"consultationId\":\"%s\",\"sdp\":\"v=0\"}}"
                        .formatted(UUID.randomUUID())).when().post(PATH)
                .then().statusCode(400).body("violations.field", hasItem("message.type"));
    }

    @Test
    void invalidMessageFieldsAre400() {
        asService().body("{\"to\":{\"kind\":\"STAFF\",\"id\":\"aoi\"},\"message\":{\"type\":\"offer-withdrawn\",\"reason\":\"TIMED_OUT\"}}")
                .when().post(PATH)
                .then().statusCode(400).contentType("application/problem+json").body("violations.field", hasItem("message.offerId"));
        asService().body("{\"to\":{\"kind\":\"STAFF\",\"id\":\"aoi\"},\"message\":{\"type\":\"offer-withdrawn\",\"offerId\":\"%s\",\"reason\":\"BORED\"}}"
                        .formatted(OFFER_ID))
                .when().post(PATH)
                .then().statusCode(400).body("violations.field", hasItem("message.reason"));
        asService().body("{\"to\":{\"kind\":\"SHOPPER\",\"id\":\"%s\"},\"message\":{\"type\":\"queue-update\",\"requestId\":\"%s\",\"status\":\"WAITING\",\"position\":-1}}"
                        .formatted(TestShopperTickets.newVisitorId(), REQUEST_ID))
                .when().post(PATH)
                .then().statusCode(400).body("violations.field", hasItem("message.position"));
    }
}
