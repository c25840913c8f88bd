package io.tsunagu.profilebridge;

import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import io.tsunagu.problem.Problem;
import io.tsunagu.shopperticket.ShopperTickets;
import io.tsunagu.testing.KeycloakTokens;
import io.tsunagu.testing.TestShopperTickets;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.hamcrest.Matchers.equalTo;

/** Requests as each kind of caller, and the checks and data every endpoint test repeats. */
public final class ApiTesting {

    public static final String BASE = "/api/profile-bridge";
    public static final String TICKETS = BASE + "/shopper-tickets";
    public static final String EVENTS = BASE + "/events";
    public static final String INTERESTS = BASE + "/shoppers/{visitorId}/interests";
    public static final String REPORT = BASE + "/shoppers/{visitorId}/report";
    public static final String NOTES = BASE + "/shoppers/{visitorId}/notes";
    public static final String MALFORMED_JSON = "{\"events\": [";

    static {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    private ApiTesting() {
    }

    public static RequestSpecification anonymous() {
        return RestAssured.given().contentType(ContentType.JSON);
    }

    public static RequestSpecification as(String username) {
        return anonymous().auth().oauth2(KeycloakTokens.accessToken(username));
    }

    public static RequestSpecification asService() {
        return anonymous().auth().oauth2(KeycloakTokens.serviceToken());
    }

    public static RequestSpecification asShopper(String visitorId) {
        return anonymous().header(ShopperTickets.HEADER, TestShopperTickets.ticketFor(visitorId));
    }

    /** Checks that the answer is the problem {@code slug} with {@code status}. */
    public static ValidatableResponse problem(ValidatableResponse response, int status, String slug) {
        return response.statusCode(status)
                .contentType(Problem.MEDIA_TYPE)
                .body("type", equalTo(Problem.TYPE_BASE + slug))
                .body("status", equalTo(status));
    }

    public static Map<String, Object> event(String type, String productId, List<String> tags, Instant occurredAt) {
        Map<String, Object> event = new HashMap<>();
        event.put("id", UUID.randomUUID().toString());
        event.put("type", type);
        if (productId != null) {
            event.put("productId", productId);
        }
        event.put("tags", tags);
        event.put("occurredAt", occurredAt.toString());
        return event;
    }

    public static Map<String, Object> batch(List<Map<String, Object>> events) {
        return Map.of("events", events);
    }

    /** Posts the events as the visitor and expects them all to be accepted. */
    public static void record(String visitorId, List<Map<String, Object>> events) {
        asShopper(visitorId).body(batch(events)).post(EVENTS).then().statusCode(202).body("accepted", equalTo(events.size()));
    }

    public static Map<String, Object> note(UUID consultationId, String staffUsername, String text, List<String> tags) {
        return Map.of("consultationId", consultationId.toString(), "staffUsername", staffUsername, "text", text, "tags", tags);
    }
}
