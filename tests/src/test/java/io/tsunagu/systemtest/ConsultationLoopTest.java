package io.tsunagu.systemtest;

import io.restassured.path.json.JsonPath;
import io.tsunagu.testing.DemoUsers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static io.tsunagu.systemtest.Stack.anonymous;
import static io.tsunagu.systemtest.Stack.as;
import static io.tsunagu.systemtest.Stack.asShopper;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/**
 * The whole loop through the APIs of the running stack: behaviour → request → offer → accept →
 * call → notes → the next customer report shows the notes.
 */
class ConsultationLoopTest {

    private static final String NOTE_TEXT = "富士山の夏山登山を計画中。レインウェアを試着したい。";
    private static final List<String> MOUNTAIN_TAGS = List.of("mountaineering", "rainwear");

    @BeforeEach
    void onlyAoiAnswers() {
        Stack.onlyAvailable(DemoUsers.AOI);
    }

    @AfterEach
    void aoiLeaves() {
        Stack.onlyAvailable();
    }

    @Test
    void aShopperIsMatchedCalledAndRememberedThroughEveryPart() {
        JsonPath ticket = given(anonymous()).body("{}").post("/api/profile-bridge/shopper-tickets")
                .then().statusCode(201).extract().jsonPath();
        String visitorId = ticket.getString("visitorId");
        String shopper = ticket.getString("ticket");

        given(asShopper(shopper)).body(Map.of("events", List.of(
                        productView("p-101", MOUNTAIN_TAGS), productView("p-102", List.of("mountaineering")))))
                .post("/api/profile-bridge/events")
                .then().statusCode(202).body("accepted", equalTo(2));
        // The widget stores the consent choice before asking: without it the report shows no behaviour.
        given(asShopper(shopper)).body(Map.of("useBehaviour", true)).put("/api/profile-bridge/shoppers/me/consent")
                .then().statusCode(200);

        JsonPath request = given(asShopper(shopper))
                .body(Map.of("language", "ja", "channel", "VIDEO", "topic", "富士山に登りたい", "useBehaviour", true))
                .post("/api/matching/requests")
                .then().statusCode(201).extract().jsonPath();
        String requestId = request.getString("id");

        JsonPath offer = Stack.awaitOffer(requestId, Duration.ofSeconds(20), DemoUsers.AOI);
        assertThat(offer.getString("staffUsername")).isEqualTo(DemoUsers.AOI);
        assertThat(offer.getList("shopper.topInterests.tag", String.class)).startsWith("mountaineering");
        Stack.awaitPresence(DemoUsers.AOI, "OFFERED");

        JsonPath consultation = given(as(DemoUsers.AOI)).post("/api/matching/offers/{id}/accept", offer.getString("id"))
                .then().statusCode(200).body("status", equalTo("ACTIVE")).extract().jsonPath();
        String consultationId = consultation.getString("id");
        Stack.awaitPresence(DemoUsers.AOI, "IN_CALL");
        given(asShopper(shopper)).get("/api/matching/requests/{id}", requestId)
                .then().statusCode(200).body("status", equalTo("CONNECTED")).body("consultationId", equalTo(consultationId));

        given(asShopper(shopper)).post("/api/matching/consultations/{id}/end", consultationId)
                .then().statusCode(200).body("status", equalTo("ENDED"));
        Stack.awaitPresence(DemoUsers.AOI, "WRAP_UP");

        given(as(DemoUsers.AOI)).body(Map.of("text", NOTE_TEXT, "tags", List.of("mountaineering", "rainwear")))
                .post("/api/matching/consultations/{id}/notes", consultationId)
                .then().statusCode(200);
        Stack.awaitPresence(DemoUsers.AOI, "AVAILABLE");

        JsonPath report = given(as(DemoUsers.AOI)).get("/api/profile-bridge/shoppers/{id}/report", visitorId)
                .then().statusCode(200).extract().jsonPath();
        assertThat(report.getList("notes.text", String.class)).containsExactly(NOTE_TEXT);
        assertThat(report.getList("notes.consultationId", String.class)).containsExactly(consultationId);
        assertThat(report.getList("topInterests.tag", String.class)).first().isEqualTo("mountaineering");
        assertThat(report.getList("recentProducts.productId", String.class)).contains("p-101", "p-102");
    }

    @Test
    void theEdgeAnswersProblemsForAnonymousAndMalformedCalls() {
        given(anonymous()).get("/api/matching/offers/mine")
                .then().statusCode(401).contentType("application/problem+json");
        given(anonymous()).body("{\"events\": [").header("Shopper-Ticket", "not-a-ticket")
                .post("/api/profile-bridge/events")
                .then().statusCode(401);
        String shopper = given(anonymous()).body("{}").post("/api/profile-bridge/shopper-tickets").jsonPath().getString("ticket");
        given(asShopper(shopper)).body("{\"language\": ").post("/api/matching/requests")
                .then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("https://tsunagu.io/problems/malformed-json"));
    }

    private static Map<String, Object> productView(String productId, List<String> tags) {
        return Map.of("id", UUID.randomUUID().toString(), "type", "product_view", "productId", productId,
                "tags", tags, "occurredAt", Instant.now().minusSeconds(60).toString());
    }
}
