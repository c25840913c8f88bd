package io.tsunagu.systemtest;

import io.restassured.RestAssured;
import io.restassured.builder.RequestSpecBuilder;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import io.tsunagu.testing.KeycloakTokens;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The running stack as ./tsunagu test starts it, reached only through the edge, as browsers reach it. */
final class Stack {

    /** What a browser opens (localhost, so that it is a secure context for camera and crypto). */
    static final String EDGE = System.getProperty("tsunagu.edge.url", "http://localhost:8080");

    /** Keycloak's tokens live 15 minutes and the whole suite may run longer: fetch a new one after 10. */
    private static final Duration TOKEN_REUSE = Duration.ofMinutes(10);
    private static final Map<String, Token> TOKENS = new ConcurrentHashMap<>();

    private record Token(String value, Instant fetchedAt) {
    }

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
                .addHeader("Authorization", "Bearer " + token(user)).build();
    }

    static RequestSpecification asShopper(String ticket) {
        return new RequestSpecBuilder().addRequestSpecification(anonymous()).addHeader("Shopper-Ticket", ticket).build();
    }

    /** A password-grant token of a demo user (password = user name), renewed before Keycloak's lifetime ends. */
    static String token(String user) {
        Token token = TOKENS.compute(user, (name, held) ->
                held != null && held.fetchedAt().plus(TOKEN_REUSE).isAfter(Instant.now()) ? held : fetchToken(name));
        return token.value();
    }

    private static Token fetchToken(String user) {
        Response response = given().formParams(Map.of("grant_type", "password", "client_id", "tsunagu-cli",
                "username", user, "password", user)).post(KeycloakTokens.tokenEndpoint());
        assertThat(response.statusCode()).as("Keycloak gives %s a token (%s)", user, response.asString()).isEqualTo(200);
        return new Token(response.jsonPath().getString("access_token"), Instant.now());
    }

    static void setPresence(String user, String presence) {
        given(as(user)).body("{\"presence\":\"" + presence + "\"}")
                .put("/api/staff-directory/staff/me/presence")
                .then().statusCode(200);
    }

    /** The staff member's presence as staff-directory has it now. */
    static String presenceOf(String user) {
        return given(as(user)).get("/api/staff-directory/staff/me").then().statusCode(200).extract().jsonPath().getString("presence");
    }

    /** matching sets presence in staff-directory just after its own commit: allow it a moment. */
    static void awaitPresence(String user, String presence) {
        awaitPresenceIn(user, Set.of(presence));
    }

    /** As {@link #awaitPresence}, for any of {@code presences}. */
    static void awaitPresenceIn(String user, Set<String> presences) {
        await("presence of " + user + " becomes one of " + presences).atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(200))
                .until(() -> presenceOf(user), presences::contains);
    }

    /** What the staff console sends every 20 s; without it an AVAILABLE staff member becomes AWAY after 60 s. */
    static void heartbeat(String user) {
        given(as(user)).post("/api/staff-directory/staff/me/heartbeat").then().statusCode(204);
    }

    /**
     * Puts a staff member in a known state whatever an earlier test (or an earlier failure) left: pending
     * offers declined (so that stale requests of other tests are never offered to them again), open
     * consultations ended and given notes, then the presence asked for.
     */
    static void reset(String user, String presence) {
        // Repeated until the presence is taken: a new offer may come in between, and is declined in turn.
        await(user + " can be set " + presence).atMost(Duration.ofSeconds(15)).pollInterval(Duration.ofMillis(250))
                .until(() -> {
                    declinePendingOffers(user);
                    finishConsultations(user);
                    return given(as(user)).body(Map.of("presence", presence)).put("/api/staff-directory/staff/me/presence")
                            .statusCode() == 200;
                });
    }

    private static void declinePendingOffers(String user) {
        for (String offerId : given(as(user)).get("/api/matching/offers/mine").then().statusCode(200).extract()
                .jsonPath().getList("id", String.class)) {
            given(as(user)).post("/api/matching/offers/{id}/decline", offerId);
        }
    }

    private static void finishConsultations(String user) {
        List<Map<String, Object>> consultations = given(as(user)).get("/api/matching/consultations/mine")
                .then().statusCode(200).extract().jsonPath().getList("$");
        for (Map<String, Object> consultation : consultations) {
            Object id = consultation.get("id");
            if ("ACTIVE".equals(consultation.get("status"))) {
                given(as(user)).post("/api/matching/consultations/{id}/end", id);
            }
            if (consultation.get("notes") == null) {
                given(as(user)).body(Map.of("text", "テスト後の片付け（system test cleanup）", "tags", List.of()))
                        .post("/api/matching/consultations/{id}/notes", id);
            }
        }
    }

    /**
     * Every demo staff member OFFLINE except those named, who are AVAILABLE, until matching sees it so.
     * Requests other tests left waiting may be offered to someone meanwhile (their presence turns
     * OFFERED): such offers are declined and the presence set again until matching's roster agrees.
     */
    static void onlyAvailable(String... users) {
        List<String> available = List.of(users);
        await("matching to see exactly " + available + " available").atMost(Duration.ofSeconds(45))
                .pollInterval(Duration.ofMillis(500))
                .until(() -> {
                    for (String user : List.of("aoi", "ren", "hana")) {
                        String wanted = available.contains(user) ? "AVAILABLE" : "OFFLINE";
                        if (!wanted.equals(presenceOf(user)) || hasPendingOffers(user)) {
                            reset(user, wanted);
                        }
                    }
                    return matchingSeesAvailable() == available.size();
                });
    }

    private static boolean hasPendingOffers(String user) {
        return !given(as(user)).get("/api/matching/offers/mine").then().statusCode(200).extract()
                .jsonPath().getList("id", String.class).isEmpty();
    }

    /** The widget asks matching's availability, which matching refreshes each round (every 2 s at most). */
    static void awaitMatchingSeesAvailable(int staff) {
        await("matching to see " + staff + " staff available").atMost(Duration.ofSeconds(15))
                .pollInterval(Duration.ofMillis(300))
                .until(() -> matchingSeesAvailable() == staff);
    }

    private static int matchingSeesAvailable() {
        return given(anonymous()).get("/api/matching/availability").then().statusCode(200).extract()
                .jsonPath().getInt("staffAvailable");
    }

    /** The pending offer of this staff member for this request, or null while there is none. */
    static JsonPath pendingOffer(String user, String requestId) {
        String offerId = given(as(user)).get("/api/matching/offers/mine").then().statusCode(200).extract()
                .jsonPath().getString("find { it.requestId == '" + requestId + "' }.id");
        return offerId == null ? null
                : given(as(user)).get("/api/matching/offers/{id}", offerId).then().statusCode(200).extract().jsonPath();
    }

    static JsonPath offer(String user, String offerId) {
        return given(as(user)).get("/api/matching/offers/{id}", offerId).then().statusCode(200).extract().jsonPath();
    }

    /**
     * Waits for the offer of this request to one of the staff named; offers of other (stale) requests they
     * get meanwhile are declined, which also keeps those requests away from them for good.
     */
    static JsonPath awaitOffer(String requestId, Duration atMost, String... staff) {
        return awaitOfferWhere("request " + requestId, offer -> requestId.equals(offer.get("requestId")), atMost, staff);
    }

    /** The same for a request known by the topic the shopper typed (a request the widget made). */
    static JsonPath awaitOfferAbout(String topic, Duration atMost, String... staff) {
        return awaitOfferWhere("the topic \"" + topic + "\"", offer -> offer.get("shopper") instanceof Map<?, ?> shopper
                && topic.equals(shopper.get("topic")), atMost, staff);
    }

    private static JsonPath awaitOfferWhere(String what, Predicate<Map<String, Object>> ours, Duration atMost, String... staff) {
        return await("an offer of " + what + " to one of " + List.of(staff)).atMost(atMost)
                .pollInterval(Duration.ofMillis(300))
                .until(() -> {
                    for (String user : staff) {
                        for (Map<String, Object> offer : given(as(user)).get("/api/matching/offers/mine").then().statusCode(200)
                                .extract().jsonPath().<Map<String, Object>>getList("$")) {
                            if (ours.test(offer)) {
                                return offer(user, (String) offer.get("id"));
                            }
                            given(as(user)).post("/api/matching/offers/{id}/decline", offer.get("id"));
                        }
                    }
                    return null;
                }, found -> found != null);
    }

    /** Accepts, ends and writes notes for an offer, as a staff member who answered by REST. */
    static String serve(String user, String offerId, String outcome) {
        String consultationId = given(as(user)).post("/api/matching/offers/{id}/accept", offerId)
                .then().statusCode(200).extract().jsonPath().getString("id");
        given(as(user)).post("/api/matching/consultations/{id}/end", consultationId).then().statusCode(200);
        given(as(user)).body(Map.of("text", "スクリプトの買い物客（scripted shopper）", "tags", List.of("mountaineering"),
                        "outcome", outcome))
                .post("/api/matching/consultations/{id}/notes", consultationId).then().statusCode(200);
        return consultationId;
    }
}
