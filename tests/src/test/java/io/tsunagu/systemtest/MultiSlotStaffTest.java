package io.tsunagu.systemtest;

import io.restassured.path.json.JsonPath;
import io.tsunagu.testing.DemoUsers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static io.tsunagu.systemtest.Stack.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

/**
 * Capacity across matching and staff-directory, through the running stack: aoi, allowed two consultations,
 * is offered a second shopper while her first call runs (staff-directory shows her IN_CALL, her own choice
 * still AVAILABLE), and declining it leaves her shown in the call; allowed one, she is not offered another.
 * Then a manager's KPIs: matching asks staff-directory which stores are sora's.
 */
class MultiSlotStaffTest {

    private static final Duration OFFER_WAIT = Duration.ofSeconds(20);
    /** Matching plans a round at least every two seconds: this many rounds pass without an offer. */
    private static final Duration SEVERAL_ROUNDS = Duration.ofSeconds(6);

    @BeforeEach
    void onlyAoiAnswers() {
        Stack.onlyAvailable(DemoUsers.AOI);
    }

    @AfterEach
    void aoiTakesOneAgainAndLeaves() {
        setCapacity(DemoUsers.AOI, 1);
        Stack.onlyAvailable();
    }

    @Test
    void aStaffMemberForTwoIsOfferedASecondShopperDuringTheFirstCall() {
        setCapacity(DemoUsers.AOI, 2);
        inACall();

        JsonPath me = given(as(DemoUsers.AOI)).get("/api/staff-directory/staff/me").then().statusCode(200).extract().jsonPath();
        assertThat(me.getString("presence")).isEqualTo("IN_CALL");
        assertThat(me.getString("availability")).isEqualTo("AVAILABLE");

        String second = ScriptedShopper.arrive().asks("二人目のお客様", false);
        JsonPath offer = Stack.awaitOffer(second, OFFER_WAIT, DemoUsers.AOI);
        given(as(DemoUsers.AOI)).post("/api/matching/offers/{id}/decline", offer.getString("id")).then().statusCode(200);

        await("aoi stays shown in her call after declining the second offer").during(Duration.ofSeconds(3))
                .atMost(Duration.ofSeconds(5)).pollInterval(Duration.ofMillis(250))
                .until(() -> Stack.presenceOf(DemoUsers.AOI), "IN_CALL"::equals);
    }

    @Test
    void aStaffMemberForOneIsNotOfferedASecondShopperDuringTheCall() {
        inACall();

        ScriptedShopper shopper = ScriptedShopper.arrive();
        String second = shopper.asks("二人目のお客様", false);

        await("no offer of the second shopper to aoi while she is in her only slot's call").during(SEVERAL_ROUNDS)
                .atMost(SEVERAL_ROUNDS.plusSeconds(4)).pollInterval(Duration.ofMillis(500))
                .until(() -> Stack.pendingOffer(DemoUsers.AOI, second) == null);
        assertThat(shopper.request(second).getString("status")).isEqualTo("WAITING");
        shopper.cancels(second);
    }

    @Test
    void aManagerSeesTheKpisOfTheirStoresOnly() {
        for (String path : new String[] {"/api/matching/kpis", "/api/matching/kpis.csv"}) {
            given(as(DemoUsers.SORA)).queryParam("storeId", "sapporo").get(path).then().statusCode(403)
                    .contentType("application/problem+json")
                    .body("type", equalTo("https://tsunagu.io/problems/not-your-store"));
            given(as(DemoUsers.SORA)).queryParam("storeId", "tokyo").get(path).then().statusCode(200);
            given(as(DemoUsers.MEI)).queryParam("storeId", "sapporo").get(path).then().statusCode(200);
        }
        given(as(DemoUsers.SORA)).get("/api/matching/kpis").then().statusCode(200);
    }

    /** aoi accepted a first shopper's offer and is in the call. */
    private static void inACall() {
        String first = ScriptedShopper.arrive().asks("一人目のお客様", false);
        JsonPath offer = Stack.awaitOffer(first, OFFER_WAIT, DemoUsers.AOI);
        given(as(DemoUsers.AOI)).post("/api/matching/offers/{id}/accept", offer.getString("id")).then().statusCode(200);
        Stack.awaitPresence(DemoUsers.AOI, "IN_CALL");
    }

    /** A manager of aoi's store changes how many consultations she may hold at once. */
    private static void setCapacity(String user, int capacity) {
        Map<String, Object> member = given(as(DemoUsers.MEI)).get("/api/staff-directory/staff").then().statusCode(200)
                .extract().jsonPath().getMap("find { it.username == '" + user + "' }");
        Map<String, Object> body = new HashMap<>();
        for (String field : new String[] {"displayName", "storeId", "languages", "channels"}) {
            body.put(field, member.get(field));
        }
        body.put("maxConcurrent", capacity);
        given(as(DemoUsers.SORA)).body(body).put("/api/staff-directory/staff/{username}", user).then().statusCode(200);
    }
}
