package io.tsunagu.systemtest;

import io.restassured.builder.RequestSpecBuilder;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import io.tsunagu.testing.KeycloakTokens;

import java.net.URI;

import static io.restassured.RestAssured.given;

/** The running stack as ./tsunagu test starts it, reached only through the edge, as browsers reach it. */
final class Stack {

    /** What a browser opens (localhost, so that it is a secure context for camera and crypto). */
    static final String EDGE = System.getProperty("tsunagu.edge.url", "http://localhost:8080");

    static {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    private Stack() {
    }

    /** The same edge for REST calls, by loopback address. */
    static String api() {
        URI edge = URI.create(EDGE);
        return "http://127.0.0.1:" + edge.getPort();
    }

    static RequestSpecification anonymous() {
        return new RequestSpecBuilder().setBaseUri(api()).setContentType(ContentType.JSON).build();
    }

    static RequestSpecification as(String user) {
        return new RequestSpecBuilder().addRequestSpecification(anonymous())
                .addHeader("Authorization", "Bearer " + KeycloakTokens.accessToken(user)).build();
    }

    static RequestSpecification asShopper(String ticket) {
        return new RequestSpecBuilder().addRequestSpecification(anonymous()).addHeader("Shopper-Ticket", ticket).build();
    }

    static void setPresence(String user, String presence) {
        given(as(user)).body("{\"presence\":\"" + presence + "\"}")
                .put("/api/staff-directory/staff/me/presence")
                .then().statusCode(200);
    }
}
