package io.tsunagu.matching.support;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import io.tsunagu.testing.KeycloakTokens;
import io.tsunagu.testing.TestShopperTickets;

import static io.restassured.RestAssured.given;

/** Requests as each kind of caller, logged when an expectation fails. */
public final class Api {

    public static final String PROBLEM_JSON = "application/problem+json";
    public static final String PROBLEM_TYPES = "https://tsunagu.io/problems/";

    private Api() {
    }

    public static RequestSpecification anonymous() {
        return given().log().ifValidationFails().contentType(ContentType.JSON).accept(ContentType.JSON);
    }

    public static RequestSpecification asStaff(String username) {
        return anonymous().auth().oauth2(KeycloakTokens.accessToken(username));
    }

    public static RequestSpecification asShopper(String visitorId) {
        return anonymous().header("Shopper-Ticket", TestShopperTickets.ticketFor(visitorId));
    }

    public static String problem(String slug) {
        return PROBLEM_TYPES + slug;
    }
}
