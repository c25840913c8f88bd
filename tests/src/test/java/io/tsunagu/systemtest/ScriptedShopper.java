package io.tsunagu.systemtest;

import io.restassured.path.json.JsonPath;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static io.tsunagu.systemtest.Stack.anonymous;
import static io.tsunagu.systemtest.Stack.asShopper;

/** A shopper driven through the REST APIs, as the widget drives them, for the steps a browser adds nothing to. */
final class ScriptedShopper {

    final String visitorId;
    final String ticket;

    private ScriptedShopper(String visitorId, String ticket) {
        this.visitorId = visitorId;
        this.ticket = ticket;
    }

    /** A new anonymous visitor with a ticket from profile-bridge. */
    static ScriptedShopper arrive() {
        JsonPath ticket = given(anonymous()).body("{}").post("/api/profile-bridge/shopper-tickets")
                .then().statusCode(201).extract().jsonPath();
        return new ScriptedShopper(ticket.getString("visitorId"), ticket.getString("ticket"));
    }

    /** Looks at a product page (a product_view with the product's tags), as the widget reports it. */
    ScriptedShopper views(String productId, String... tags) {
        given(asShopper(ticket)).body(Map.of("events", List.of(Map.of("id", UUID.randomUUID().toString(), "type", "product_view",
                        "productId", productId, "tags", List.of(tags), "occurredAt", Instant.now().minusSeconds(30).toString()))))
                .post("/api/profile-bridge/events")
                .then().statusCode(202);
        return this;
    }

    /** The consent choice of the widget's form, stored before the request as the widget does. */
    ScriptedShopper consents(boolean useBehaviour) {
        given(asShopper(ticket)).body(Map.of("useBehaviour", useBehaviour))
                .put("/api/profile-bridge/shoppers/me/consent")
                .then().statusCode(200);
        return this;
    }

    /** Asks for a video consultation in Japanese; answers the request's id. */
    String asks(String topic, boolean useBehaviour) {
        return given(asShopper(ticket))
                .body(Map.of("language", "ja", "channel", "VIDEO", "topic", topic, "useBehaviour", useBehaviour))
                .post("/api/matching/requests")
                .then().statusCode(201).extract().jsonPath().getString("id");
    }

    JsonPath request(String requestId) {
        return given(asShopper(ticket)).get("/api/matching/requests/{id}", requestId).then().statusCode(200).extract().jsonPath();
    }

    /** Leaves the queue (a no-op for a request already connected or ended). */
    void cancels(String requestId) {
        given(asShopper(ticket)).delete("/api/matching/requests/{id}", requestId);
    }
}
