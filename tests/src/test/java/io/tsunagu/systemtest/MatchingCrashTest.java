package io.tsunagu.systemtest;

import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.tsunagu.testing.DemoUsers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static io.restassured.RestAssured.given;
import static io.tsunagu.systemtest.Stack.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

/**
 * Durability of matching against a real crash: with shoppers waiting, offers pending and a call
 * under way, the matching process is killed with SIGKILL ({@code ./tsunagu restart matching --kill})
 * and started again on the same database. Afterwards every request is still there in a legal state,
 * the call goes on, nobody holds more offers and calls than their capacity (read from matching's
 * tables in one snapshot), each pending offer is either still pending and accepted exactly once or
 * timed out and offered to someone else, and every request, old and new, is served.
 */
class MatchingCrashTest {

    private static final List<String> STAFF = List.of(DemoUsers.AOI, DemoUsers.REN, DemoUsers.HANA);
    private static final int SHOPPERS_BEFORE = 4;
    private static final Duration SERVE_ALL = Duration.ofSeconds(120);

    /** Request id → the shopper who asked, for every request this test made. */
    private final Map<String, ScriptedShopper> requests = new LinkedHashMap<>();

    @BeforeEach
    void everyoneAnswers() {
        Stack.onlyAvailable(STAFF.toArray(String[]::new));
    }

    @AfterEach
    void everyoneLeaves() {
        requests.forEach((id, shopper) -> shopper.cancels(id));
        Stack.onlyAvailable();
    }

    @Test
    void afterAKillNothingIsLostNobodyIsDoubleBookedAndEveryRequestIsServed() throws Exception {
        Map<String, Integer> capacity = capacities();
        for (int i = 1; i <= SHOPPERS_BEFORE; i++) {
            ScriptedShopper shopper = ScriptedShopper.arrive();
            requests.put(shopper.asks("再起動の試験 " + i + "（crash test）", false), shopper);
        }
        Map<String, JsonPath> offerOf = awaitAnOfferForEach(STAFF);
        JsonPath aoiOffer = offerOf.get(DemoUsers.AOI);
        String callRequest = aoiOffer.getString("requestId");
        String consultationId = given(as(DemoUsers.AOI)).post("/api/matching/offers/{id}/accept", aoiOffer.getString("id"))
                .then().statusCode(200).extract().jsonPath().getString("id");
        Stack.awaitPresence(DemoUsers.AOI, "IN_CALL");
        assertNoDoubleBooking(capacity);

        Launcher.restart("matching", true);

        // Nothing lost: every request answers in a state it may be in, the call is still on.
        for (Map.Entry<String, ScriptedShopper> request : requests.entrySet()) {
            assertThat(request.getValue().request(request.getKey()).getString("status"))
                    .as("request %s after the restart", request.getKey()).isIn("WAITING", "OFFERED", "CONNECTED");
        }
        JsonPath call = requests.get(callRequest).request(callRequest);
        assertThat(call.getString("status")).isEqualTo("CONNECTED");
        assertThat(call.getString("consultationId")).isEqualTo(consultationId);
        given(as(DemoUsers.AOI)).get("/api/matching/consultations/{id}", consultationId)
                .then().statusCode(200).body("status", equalTo("ACTIVE"));
        Stack.awaitPresence(DemoUsers.AOI, "IN_CALL");
        assertNoDoubleBooking(capacity);

        // The offers pending at the kill: accepted exactly once, or timed out while matching was down.
        for (String user : List.of(DemoUsers.REN, DemoUsers.HANA)) {
            String offerId = offerOf.get(user).getString("id");
            Response accept = given(as(user)).post("/api/matching/offers/{id}/accept", offerId);
            if (accept.statusCode() == 200) {
                given(as(user)).post("/api/matching/offers/{id}/accept", offerId)
                        .then().statusCode(409).body("type", equalTo("https://tsunagu.io/problems/offer-taken"));
                finish(user, accept.jsonPath().getString("id"));
            } else {
                assertThat(accept.statusCode()).as("accept of %s's offer after the restart", user).isEqualTo(409);
                assertThat(Stack.offer(user, offerId).getString("status")).isEqualTo("TIMED_OUT");
                // Letting it run out sent them AWAY; the request went back to the queue without them.
                Stack.awaitPresence(user, "AWAY");
                Stack.setPresence(user, "AVAILABLE");
            }
        }
        finish(DemoUsers.AOI, consultationId);

        // A shopper who asks after the restart is matched too; then every request is served.
        ScriptedShopper late = ScriptedShopper.arrive();
        requests.put(late.asks("再起動の後（after the restart）", false), late);
        serveUntilAllEnded();
        assertNoDoubleBooking(capacity);
    }

    /** Waits until each staff member holds a pending offer of one of this test's requests; others' are declined. */
    private Map<String, JsonPath> awaitAnOfferForEach(List<String> staff) {
        Map<String, JsonPath> found = new HashMap<>();
        await("an offer of this test to each of " + staff).atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(300))
                .until(() -> {
                    for (String user : staff) {
                        if (!found.containsKey(user)) {
                            ownOffers(user).stream().findFirst().ifPresent(offer -> found.put(user, offer));
                        }
                    }
                    return found.size() == staff.size();
                });
        return found;
    }

    /** The staff member's pending offers of this test's requests; offers of other tests' requests are declined. */
    private List<JsonPath> ownOffers(String user) {
        List<JsonPath> own = new ArrayList<>();
        for (Map<String, Object> offer : given(as(user)).get("/api/matching/offers/mine").then().statusCode(200)
                .extract().jsonPath().<Map<String, Object>>getList("$")) {
            if (requests.containsKey((String) offer.get("requestId"))) {
                own.add(Stack.offer(user, (String) offer.get("id")));
            } else {
                given(as(user)).post("/api/matching/offers/{id}/decline", offer.get("id"));
            }
        }
        return own;
    }

    /** Accepts and serves every offer of this test's requests until each of them has ended. */
    private void serveUntilAllEnded() {
        await("every request of this test served").atMost(SERVE_ALL).pollInterval(Duration.ofMillis(500))
                .until(() -> {
                    for (String user : STAFF) {
                        Stack.heartbeat(user);
                        for (JsonPath offer : ownOffers(user)) {
                            Stack.serve(user, offer.getString("id"), "CONSIDERING");
                        }
                    }
                    return requests.entrySet().stream()
                            .allMatch(request -> "ENDED".equals(request.getValue().request(request.getKey()).getString("status")));
                });
    }

    private static void finish(String user, String consultationId) {
        given(as(user)).post("/api/matching/consultations/{id}/end", consultationId).then().statusCode(200);
        given(as(user)).body(Map.of("text", "再起動の試験（crash test）", "tags", List.of()))
                .post("/api/matching/consultations/{id}/notes", consultationId).then().statusCode(200);
        // Free again: AVAILABLE, or already OFFERED one of this test's waiting requests, when the live
        // solver was quicker than the poll.
        Stack.awaitPresenceIn(user, Set.of("AVAILABLE", "OFFERED"));
    }

    /** Each demo staff member's maxConcurrent, as staff-directory lists it to an administrator. */
    private static Map<String, Integer> capacities() {
        Map<String, Integer> capacity = new HashMap<>();
        for (Map<String, Object> staff : given(as("mei")).get("/api/staff-directory/staff").then().statusCode(200)
                .extract().jsonPath().<Map<String, Object>>getList("$")) {
            capacity.put((String) staff.get("username"), (Integer) staff.get("maxConcurrent"));
        }
        assertThat(capacity).containsKeys(STAFF.toArray(String[]::new));
        return capacity;
    }

    /**
     * Reads matching's tables in one snapshot: no staff member holds more pending offers plus active
     * calls than their capacity, and every request's status agrees with its offers and call.
     */
    private static void assertNoDoubleBooking(Map<String, Integer> capacity) throws Exception {
        try (Connection db = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:5432/" + Launcher.databaseOf("matching"),
                "postgres", "")) {
            db.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            db.setAutoCommit(false);
            db.setReadOnly(true);
            for (Map.Entry<String, Integer> held : query(db, """
                    SELECT staff_username, count(*) FROM (
                      SELECT staff_username FROM matching.offer WHERE status = 'PENDING'
                      UNION ALL SELECT staff_username FROM matching.consultation WHERE status = 'ACTIVE') AS live
                    GROUP BY staff_username""").entrySet()) {
                assertThat(held.getValue()).as("live offers and calls of %s", held.getKey())
                        .isLessThanOrEqualTo(capacity.getOrDefault(held.getKey(), 1));
            }
            try (PreparedStatement statement = db.prepareStatement("""
                    SELECT r.id, r.status,
                      (SELECT count(*) FROM matching.offer o WHERE o.request_id = r.id AND o.status = 'PENDING'),
                      (SELECT count(*) FROM matching.consultation c WHERE c.request_id = r.id AND c.status = 'ACTIVE')
                    FROM matching.consultation_request r""");
                 ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    String status = rows.getString(2);
                    int pending = rows.getInt(3);
                    int active = rows.getInt(4);
                    assertThat(List.of(pending, active)).as("pending offers and active calls of %s request %s", status, rows.getString(1))
                            .isEqualTo(switch (status) {
                                case "OFFERED" -> List.of(1, 0);
                                case "CONNECTED" -> List.of(0, 1);
                                default -> List.of(0, 0);
                            });
                }
            }
            db.rollback();
        }
    }

    private static Map<String, Integer> query(Connection db, String sql) throws SQLException {
        Map<String, Integer> counts = new HashMap<>();
        try (PreparedStatement statement = db.prepareStatement(sql); ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                counts.put(rows.getString(1), rows.getInt(2));
            }
        }
        return counts;
    }

}
