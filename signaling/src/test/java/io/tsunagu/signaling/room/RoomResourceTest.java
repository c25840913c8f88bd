package io.tsunagu.signaling.room;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import io.tsunagu.signaling.TestSocket;
import io.tsunagu.testing.DemoUsers;
import io.tsunagu.testing.KeycloakTokens;
import io.tsunagu.testing.TestShopperTickets;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

@QuarkusTest
class RoomResourceTest {

    private static final String PATH = "/api/signaling/rooms";
    private static final String STAFF = DemoUsers.REN;

    @TestHTTPResource("/")
    URI baseUri;

    @Inject
    RoomRepository repository;

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    private static RequestSpecification asService() {
        return given().auth().oauth2(KeycloakTokens.serviceToken()).contentType(ContentType.JSON);
    }

    private static String room(UUID consultationId, String visitorId, String staffUsername) {
        return """
                {"consultationId":"%s","visitorId":"%s","staffUsername":"%s"}""".formatted(consultationId, visitorId, staffUsername);
    }

    @Test
    void withoutTokenIs401() {
        given().contentType(ContentType.JSON).body(room(UUID.randomUUID(), TestShopperTickets.newVisitorId(), STAFF))
                .when().post(PATH).then().statusCode(401).contentType("application/problem+json");
        given().when().delete(PATH + "/" + UUID.randomUUID()).then().statusCode(401);
    }

    @Test
    void staffAndManagersAre403() {
        given().auth().oauth2(KeycloakTokens.accessToken(STAFF)).contentType(ContentType.JSON)
                .body(room(UUID.randomUUID(), TestShopperTickets.newVisitorId(), STAFF))
                .when().post(PATH).then().statusCode(403).contentType("application/problem+json");
        given().auth().oauth2(KeycloakTokens.accessToken(DemoUsers.SORA))
                .when().delete(PATH + "/" + UUID.randomUUID()).then().statusCode(403);
    }

    @Test
    void openingARoomPersistsItAndSendsCallStartToBoth() {
        String visitorId = TestShopperTickets.newVisitorId();
        UUID consultationId = UUID.randomUUID();
        try (TestSocket shopper = TestSocket.shopper(baseUri, visitorId);
             TestSocket staff = TestSocket.staff(baseUri, STAFF)) {
            asService().body(room(consultationId, visitorId, STAFF))
                    .when().post(PATH)
                    .then().statusCode(201)
                    .body("consultationId", equalTo(consultationId.toString()))
                    .body("visitorId", equalTo(visitorId))
                    .body("staffUsername", equalTo(STAFF));

            JsonNode staffStart = staff.next("call-start");
            assertThat(staffStart.path("consultationId").asText()).isEqualTo(consultationId.toString());
            assertThat(staffStart.path("role").asText()).isEqualTo("staff");
            assertThat(staffStart.path("iceTransportPolicy").asText()).isEqualTo("all");
            assertThat(staffStart.path("iceServers").get(1).path("credential").asText()).isNotBlank();

            JsonNode shopperStart = shopper.next("call-start");
            assertThat(shopperStart.path("role").asText()).isEqualTo("shopper");
            assertThat(shopperStart.path("iceServers").get(1).path("username").asText())
                    .isNotEqualTo(staffStart.path("iceServers").get(1).path("username").asText());
        }
        RoomEntity stored = QuarkusTransaction.requiringNew().call(() -> repository.findById(consultationId));
        assertThat(stored.visitorId).isEqualTo(visitorId);
        assertThat(stored.staffUsername).isEqualTo(STAFF);
        assertThat(stored.createdAt).isNotNull();
        assertThat(stored.endedAt).isNull();
    }

    @Test
    void openingIsIdempotent() {
        String visitorId = TestShopperTickets.newVisitorId();
        UUID consultationId = UUID.randomUUID();
        String first = asService().body(room(consultationId, visitorId, STAFF)).when().post(PATH)
                .then().statusCode(201).extract().path("createdAt");
        asService().body(room(consultationId, visitorId, STAFF)).when().post(PATH)
                .then().statusCode(201).body("createdAt", equalTo(first));
    }

    @Test
    void otherParticipantsForAnExistingRoomAre409() {
        UUID consultationId = UUID.randomUUID();
        asService().body(room(consultationId, TestShopperTickets.newVisitorId(), STAFF)).when().post(PATH).then().statusCode(201);
        asService().body(room(consultationId, TestShopperTickets.newVisitorId(), STAFF)).when().post(PATH)
                .then().statusCode(409).contentType("application/problem+json")
                .body("type", equalTo("https://tsunagu.io/problems/room-conflict"));
    }

    @Test
    void endingSendsCallEndToBothAndIsIdempotent() {
        String visitorId = TestShopperTickets.newVisitorId();
        UUID consultationId = UUID.randomUUID();
        asService().body(room(consultationId, visitorId, STAFF)).when().post(PATH).then().statusCode(201);
        try (TestSocket shopper = TestSocket.shopper(baseUri, visitorId);
             TestSocket staff = TestSocket.staff(baseUri, STAFF)) {
            asService().when().delete(PATH + "/" + consultationId).then().statusCode(204);
            shopper.next("call-end", consultationId);
            staff.next("call-end", consultationId);
        }
        asService().when().delete(PATH + "/" + consultationId).then().statusCode(204);
        RoomEntity stored = QuarkusTransaction.requiringNew().call(() -> repository.findById(consultationId));
        assertThat(stored.endedAt).isNotNull();
        // An ended room cannot be opened again.
        asService().body(room(consultationId, visitorId, STAFF)).when().post(PATH).then().statusCode(409);
    }

    @Test
    void endingAnUnknownRoomIs404() {
        asService().when().delete(PATH + "/" + UUID.randomUUID())
                .then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void aMalformedIdIs400() {
        asService().when().delete(PATH + "/not-a-uuid")
                .then().statusCode(400).contentType("application/problem+json");
        asService().when().delete(PATH + "/1-2-3-4-5")
                .then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void malformedJsonIs400() {
        asService().body("{\"consultationId\":").when().post(PATH)
                .then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("https://tsunagu.io/problems/malformed-json"));
        asService().body(room(UUID.randomUUID(), TestShopperTickets.newVisitorId(), STAFF).replaceFirst("[0-9a-f]{8}-", "x-"))
                .when().post(PATH)
                .then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void invalidValuesAre400() {
        asService().body(room(UUID.randomUUID(), "v-1", STAFF)).when().post(PATH)
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations.field", hasItem("visitorId"));
        asService().body(room(UUID.randomUUID(), TestShopperTickets.newVisitorId(), "ren tanaka")).when().post(PATH)
                .then().statusCode(400).body("violations.field", hasItem("staffUsername"));
        asService().body("{}").when().post(PATH)
                .then().statusCode(400).body("violations.field", hasItem("consultationId"));
        asService().body("").when().post(PATH)
                .then().statusCode(400).contentType("application/problem+json");
    }
}
