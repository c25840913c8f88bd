package io.tsunagu.signaling;

import io.restassured.http.ContentType;
import io.tsunagu.testing.KeycloakTokens;

import java.util.UUID;

import static io.restassured.RestAssured.given;

/** Opens and ends rooms the way matching does: through the REST API with the service account. */
public final class Rooms {

    private Rooms() {
    }

    public static UUID open(String visitorId, String staffUsername) {
        UUID consultationId = UUID.randomUUID();
        given().auth().oauth2(KeycloakTokens.serviceToken())
                .contentType(ContentType.JSON)
                .body("""
                        {"consultationId":"%s","visitorId":"%s","staffUsername":"%s"}""".formatted(consultationId, visitorId, staffUsername))
                .when().post("/api/signaling/rooms")
                .then().statusCode(201);
        return consultationId;
    }

    public static void end(UUID consultationId) {
        given().auth().oauth2(KeycloakTokens.serviceToken())
                .when().delete("/api/signaling/rooms/" + consultationId)
                .then().statusCode(204);
    }
}
