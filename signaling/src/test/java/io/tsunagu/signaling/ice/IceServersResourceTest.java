package io.tsunagu.signaling.ice;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import io.tsunagu.testing.DemoUsers;
import io.tsunagu.testing.KeycloakTokens;
import io.tsunagu.testing.TestShopperTickets;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

@QuarkusTest
class IceServersResourceTest {

    private static final String PATH = "/api/signaling/ice-servers";
    /** %test.tsunagu.turn.secret in application.properties. */
    private static final String TURN_SECRET = "test-only-turn-secret";
    private static final long TTL_SECONDS = 3600;

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @Test
    void withoutCredentialsIs401() {
        given().when().get(PATH).then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    void anExpiredTicketIs401() {
        given().header("Shopper-Ticket", TestShopperTickets.expiredTicketFor(TestShopperTickets.newVisitorId()))
                .when().get(PATH).then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    void managerAndServiceAre403() {
        given().auth().oauth2(KeycloakTokens.accessToken(DemoUsers.SORA)).when().get(PATH).then().statusCode(403);
        given().auth().oauth2(KeycloakTokens.serviceToken()).when().get(PATH).then().statusCode(403);
    }

    @Test
    void staffGetStunAndTurnWithAValidTurnRestCredential() {
        long before = Instant.now().getEpochSecond();
        JsonPath body = given().auth().oauth2(KeycloakTokens.accessToken(DemoUsers.AOI))
                .when().get(PATH)
                .then().statusCode(200)
                .header("Cache-Control", "no-store")
                .body("iceTransportPolicy", equalTo("all"))
                .body("ttlSeconds", equalTo((int) TTL_SECONDS))
                .extract().jsonPath();
        long after = Instant.now().getEpochSecond();

        assertThat(body.getList("iceServers[0].urls", String.class)).containsExactly("stun:127.0.0.1:3478");
        assertThat(body.getString("iceServers[0].username")).isNull();
        assertThat(body.getList("iceServers[1].urls", String.class))
                .containsExactly("turn:127.0.0.1:3478?transport=udp", "turn:127.0.0.1:3478?transport=tcp");

        String username = body.getString("iceServers[1].username");
        String[] parts = username.split(":");
        assertThat(parts).hasSize(2);
        assertThat(Long.parseLong(parts[0])).isBetween(before + TTL_SECONDS, after + TTL_SECONDS);
        assertThat(parts[1]).matches("[A-Za-z0-9_-]{12}").doesNotContain(DemoUsers.AOI);
        assertThat(body.getString("iceServers[1].credential")).isEqualTo(hmacSha1Base64(TURN_SECRET, username));
    }

    @Test
    void shoppersGetTheirOwnCredential() {
        String first = turnUsername(TestShopperTickets.newVisitorId());
        String second = turnUsername(TestShopperTickets.newVisitorId());
        assertThat(first.split(":")[1]).isNotEqualTo(second.split(":")[1]);
    }

    private static String turnUsername(String visitorId) {
        return given().header("Shopper-Ticket", TestShopperTickets.ticketFor(visitorId))
                .when().get(PATH)
                .then().statusCode(200)
                .extract().jsonPath().getString("iceServers[1].username");
    }

    /** Computed here the way coturn checks it, independently of the service's code. */
    private static String hmacSha1Base64(String secret, String username) {
        try {
            Mac mac = Mac.getInstance("HmacSHA1");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA1"));
            return Base64.getEncoder().encodeToString(mac.doFinal(username.getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
