package io.tsunagu.testing;

import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import io.tsunagu.shopperticket.ShopperTickets;

import static org.hamcrest.Matchers.equalTo;

/** Requests as each kind of caller, logged when an expectation fails, and the problem check every endpoint test repeats. */
public final class ApiCalls {

    public static final String PROBLEM_JSON = "application/problem+json";
    public static final String PROBLEM_TYPES = "https://tsunagu.io/problems/";

    static {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    private ApiCalls() {
    }

    public static RequestSpecification anonymous() {
        return RestAssured.given().contentType(ContentType.JSON);
    }

    /** As a demo user, with a real token from Keycloak. */
    public static RequestSpecification as(String username) {
        return anonymous().auth().oauth2(KeycloakTokens.accessToken(username));
    }

    /** As another Tsunagu part (role service). */
    public static RequestSpecification asService() {
        return anonymous().auth().oauth2(KeycloakTokens.serviceToken());
    }

    public static RequestSpecification asShopper(String visitorId) {
        return anonymous().header(ShopperTickets.HEADER, TestShopperTickets.ticketFor(visitorId));
    }

    /** As a shopper nobody has seen before. */
    public static RequestSpecification asShopper() {
        return asShopper(TestShopperTickets.newVisitorId());
    }

    /** Checks that the answer is the problem {@code slug} with {@code status}. */
    public static ValidatableResponse problem(ValidatableResponse response, int status, String slug) {
        return response.statusCode(status)
                .contentType(PROBLEM_JSON)
                .body("type", equalTo(PROBLEM_TYPES + slug))
                .body("status", equalTo(status));
    }
}
