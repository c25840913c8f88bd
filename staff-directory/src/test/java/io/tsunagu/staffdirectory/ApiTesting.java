package io.tsunagu.staffdirectory;

import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import io.tsunagu.problem.Problem;
import io.tsunagu.shopperticket.ShopperTickets;
import io.tsunagu.testing.DemoUsers;
import io.tsunagu.testing.KeycloakTokens;
import io.tsunagu.testing.TestShopperTickets;

import java.util.List;
import java.util.Map;

import static org.hamcrest.Matchers.equalTo;

/** Requests as each kind of caller, and the checks every endpoint test repeats. */
public final class ApiTesting {

    public static final String BASE = "/api/staff-directory";
    public static final String STAFF = BASE + "/staff";
    public static final String MY_PRESENCE = STAFF + "/me/presence";
    public static final List<String> DEMO_STAFF = List.of(DemoUsers.AOI, DemoUsers.HANA, DemoUsers.REN);

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

    public static RequestSpecification asShopper() {
        return anonymous().header(ShopperTickets.HEADER, TestShopperTickets.ticketFor(TestShopperTickets.newVisitorId()));
    }

    /** Checks that the answer is the problem {@code slug} with {@code status}. */
    public static ValidatableResponse problem(ValidatableResponse response, int status, String slug) {
        return response.statusCode(status)
                .contentType(Problem.MEDIA_TYPE)
                .body("type", equalTo(Problem.TYPE_BASE + slug))
                .body("status", equalTo(status));
    }

    public static Map<String, String> presence(String value) {
        return Map.of("presence", value);
    }

    /** Puts every demo staff member back to the presence they start with, OFFLINE. */
    public static void resetPresence() {
        for (String username : DEMO_STAFF) {
            asService().body(presence("OFFLINE")).put(STAFF + "/" + username + "/presence").then().statusCode(200);
        }
    }
}
