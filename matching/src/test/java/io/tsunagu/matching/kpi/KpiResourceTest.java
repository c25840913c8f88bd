package io.tsunagu.matching.kpi;

import io.quarkus.test.InjectMock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.tsunagu.matching.client.ProfileBridge;
import io.tsunagu.matching.client.Signaling;
import io.tsunagu.matching.client.StaffDirectory;
import io.tsunagu.matching.support.DemoStaff;
import io.tsunagu.matching.support.Shoppers;
import io.tsunagu.matching.support.Tables;
import io.tsunagu.testing.TestShopperTickets;
import io.tsunagu.testing.DemoUsers;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Map;
import java.util.UUID;

import static io.tsunagu.matching.support.Api.problem;
import static io.tsunagu.testing.ApiCalls.PROBLEM_JSON;
import static io.tsunagu.testing.ApiCalls.anonymous;
import static io.tsunagu.testing.ApiCalls.as;
import static io.tsunagu.testing.ApiCalls.asService;
import static io.tsunagu.testing.ApiCalls.asShopper;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.mockito.Mockito.when;

/**
 * KPI arithmetic on a known history written straight into the tables, between 10:00 and 12:00:
 * <pre>
 * request  created   offers (store)                               outcome
 * r1       10:00:00  aoi ACCEPTED 10:00:10 (tokyo)                answered, wait 10 s, PURCHASED
 * r2       10:10:00  ren DECLINED (osaka), aoi ACCEPTED 10:10:30   answered, wait 30 s, CONSIDERING
 * r3       10:20:00  hana TIMED_OUT (sapporo), then cancelled     abandoned
 * r4       11:05:00  hana ACCEPTED 11:05:50 (sapporo)             answered, wait 50 s, call still running
 * r5       11:30:00  none, cancelled                              abandoned
 * r6       11:40:00  none, still waiting                          in the queue
 * outside  09:00:00  none, cancelled                              not in the window
 * </pre>
 */
@QuarkusTest
class KpiResourceTest {

    private static final String KPIS = "/api/matching/kpis";
    private static final String CSV = "/api/matching/kpis.csv";
    private static final String FROM = "2026-11-20T10:00:00Z";
    private static final String TO = "2026-11-20T12:00:00Z";
    private static final String CLIMBER = "{\"mountaineering\": 2.0, \"camping\": 0.5}";
    private static final String CAMPER = "{\"camping\": 1.5, \"mountaineering\": 0.2}";
    private static final String SKIER = "{\"skiing\": 1.0}";
    private static final String NOTHING = "{}";
    private static final List<String> SORAS_STORES = List.of("osaka", "tokyo");

    @InjectMock
    StaffDirectory staffDirectoryMock;
    @InjectMock
    ProfileBridge profileBridgeMock;
    @InjectMock
    Signaling signalingMock;
    @Inject
    Tables tables;
    @InjectMock
    ManagerStores managerStoresMock;
    @Inject
    KpiFixture fixture;

    @BeforeEach
    void aKnownHistory() {
        tables.clear();
        when(staffDirectoryMock.availableStaff()).thenReturn(List.of());
        // What staff-directory's demo data assigns to sora (its own tests read it through the service token).
        when(managerStoresMock.of(DemoUsers.SORA)).thenReturn(SORAS_STORES);

        UUID r1 = fixture.request("2026-11-20T10:00:00Z", "ENDED", CLIMBER);
        UUID o1 = fixture.offer(r1, DemoUsers.AOI, "tokyo", "ACCEPTED", "2026-11-20T10:00:02Z", "2026-11-20T10:00:10Z");
        fixture.consultation(r1, o1, DemoUsers.AOI, "tokyo", "2026-11-20T10:00:10Z", "2026-11-20T10:30:10Z", "PURCHASED");

        UUID r2 = fixture.request("2026-11-20T10:10:00Z", "ENDED", CAMPER);
        fixture.offer(r2, DemoUsers.REN, "osaka", "DECLINED", "2026-11-20T10:10:01Z", "2026-11-20T10:10:05Z");
        UUID o2 = fixture.offer(r2, DemoUsers.AOI, "tokyo", "ACCEPTED", "2026-11-20T10:10:20Z", "2026-11-20T10:10:30Z");
        fixture.consultation(r2, o2, DemoUsers.AOI, "tokyo", "2026-11-20T10:40:00Z", "2026-11-20T11:10:00Z", "CONSIDERING");

        UUID r3 = fixture.request("2026-11-20T10:20:00Z", "CANCELLED", SKIER);
        fixture.offer(r3, DemoUsers.HANA, "sapporo", "TIMED_OUT", "2026-11-20T10:20:05Z", "2026-11-20T10:20:25Z");

        UUID r4 = fixture.request("2026-11-20T11:05:00Z", "CONNECTED", CLIMBER);
        UUID o4 = fixture.offer(r4, DemoUsers.HANA, "sapporo", "ACCEPTED", "2026-11-20T11:05:40Z", "2026-11-20T11:05:50Z");
        fixture.consultation(r4, o4, DemoUsers.HANA, "sapporo", "2026-11-20T11:05:50Z", null, null);

        fixture.request("2026-11-20T11:30:00Z", "CANCELLED", NOTHING);
        fixture.request("2026-11-20T11:40:00Z", "WAITING", CLIMBER);
        fixture.request("2026-11-20T09:00:00Z", "CANCELLED", CLIMBER);
    }

    @Test
    void theKpisOfTheKnownHistory() {
        JsonPath kpis = as(DemoUsers.MEI).queryParam("from", FROM).queryParam("to", TO).get(KPIS)
                .then().statusCode(200).extract().jsonPath();

        assertThat(kpis.getString("from")).isEqualTo(FROM);
        assertThat(kpis.getString("to")).isEqualTo(TO);
        assertThat(kpis.getInt("queueLength")).isEqualTo(1);
        assertThat(kpis.getInt("answered")).isEqualTo(3);
        assertThat(kpis.getInt("abandoned")).isEqualTo(2);
        // Within 20 s: r1 only, of 3 answered + 2 abandoned.
        assertThat(kpis.getDouble("serviceLevel")).isEqualTo(0.2);
        assertThat(kpis.getDouble("abandonment")).isEqualTo(0.4);
        // Waits 10, 30, 50: nearest rank ⌈0.5·3⌉ = 2nd and ⌈0.9·3⌉ = 3rd.
        assertThat(kpis.getDouble("waitSeconds.p50")).isEqualTo(30.0);
        assertThat(kpis.getDouble("waitSeconds.p90")).isEqualTo(50.0);
        assertThat(kpis.getMap("offers")).containsExactlyInAnyOrderEntriesOf(Map.of(
                "made", 5, "accepted", 3, "declined", 1, "timedOut", 1, "cancelled", 0, "rescinded", 0));
        // aoi: two 30-minute calls of a 2-hour window; hana: 11:05:50 until the window's end, 3,250 s of 7,200.
        assertThat(kpis.getList("occupancy.staffUsername")).containsExactly(DemoUsers.AOI, DemoUsers.HANA);
        assertThat(kpis.getDouble("occupancy[0].ratio")).isEqualTo(0.5);
        assertThat(kpis.getDouble("occupancy[1].ratio")).isEqualTo(0.4514);
        assertThat(kpis.getMap("outcomes")).containsExactlyInAnyOrderEntriesOf(Map.of(
                "PURCHASED", 1, "CONSIDERING", 1, "NOT_INTERESTED", 0, "NONE", 1));
        assertThat(kpis.getList("byStore.storeId")).containsExactly("sapporo", "tokyo");
        assertThat(kpis.getInt("byStore[0].requests")).isEqualTo(2);
        assertThat(kpis.getInt("byStore[0].answered")).isEqualTo(1);
        assertThat(kpis.getDouble("byStore[0].serviceLevel")).isEqualTo(0.0);
        assertThat(kpis.getInt("byStore[1].requests")).isEqualTo(2);
        assertThat(kpis.getInt("byStore[1].answered")).isEqualTo(2);
        assertThat(kpis.getDouble("byStore[1].serviceLevel")).isEqualTo(0.5);
        assertThat(kpis.getList("byTag.tag")).containsExactly("mountaineering", "camping", "skiing");
        assertThat(kpis.getList("byTag.requests")).containsExactly(3, 1, 1);
        assertThat(kpis.getList("byHour.hour")).containsExactly("2026-11-20T10:00:00Z", "2026-11-20T11:00:00Z");
        assertThat(kpis.getList("byHour.requests")).containsExactly(3, 3);
        assertThat(kpis.getList("byHour.answered")).containsExactly(2, 1);
        assertThat(kpis.getList("byHour.abandoned")).containsExactly(1, 1);
    }

    @Test
    void oneStoreAndAnotherServiceLevelThreshold() {
        JsonPath tokyo = as(DemoUsers.MEI).queryParam("from", FROM).queryParam("to", TO).queryParam("storeId", "tokyo")
                .queryParam("serviceLevelSeconds", 30).get(KPIS)
                .then().statusCode(200).extract().jsonPath();

        assertThat(tokyo.getInt("answered")).isEqualTo(2);
        assertThat(tokyo.getInt("abandoned")).isZero();
        assertThat(tokyo.getDouble("serviceLevel")).isEqualTo(1.0);
        assertThat(tokyo.getInt("offers.made")).isEqualTo(2);
        assertThat(tokyo.getInt("offers.declined")).isZero();
        assertThat(tokyo.getList("occupancy.staffUsername")).containsExactly(DemoUsers.AOI);

        JsonPath everywhere = as(DemoUsers.MEI).queryParam("from", FROM).queryParam("to", TO)
                .queryParam("serviceLevelSeconds", 30).get(KPIS).then().statusCode(200).extract().jsonPath();
        // Within 30 s: r1 and r2, of 5.
        assertThat(everywhere.getDouble("serviceLevel")).isEqualTo(0.4);
    }

    @Test
    void theCsvHasOneRowPerHour() {
        String csv = as(DemoUsers.MEI).queryParam("from", FROM).queryParam("to", TO).get(CSV)
                .then().statusCode(200).contentType("text/csv").extract().asString();

        assertThat(csv.lines()).containsExactly(
                "hour,requests,answered,abandoned,service_level,wait_p50_s,wait_p90_s",
                "2026-11-20T10:00:00Z,3,2,1,0.3333,10.0,30.0",
                "2026-11-20T11:00:00Z,3,1,1,0.0,50.0,50.0");
    }

    @Test
    void withoutParametersTheLastDayIsShown() {
        as(DemoUsers.SORA).get(KPIS).then().statusCode(200).body("queueLength", equalTo(1)).body("answered", equalTo(0));
    }

    @Test
    void anOfferMadeLiveCountsForItsStaffMembersStore() {
        when(staffDirectoryMock.availableStaff()).thenReturn(List.of(DemoStaff.AOI));
        String shopper = TestShopperTickets.newVisitorId();
        String requestId = Shoppers.openRequest(shopper);
        String offerId = await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(100)).until(
                () -> as(DemoUsers.AOI).get("/api/matching/offers/mine").then().statusCode(200).extract().jsonPath()
                        .getString("find { it.requestId == '" + requestId + "' }.id"),
                Objects::nonNull);
        as(DemoUsers.AOI).post("/api/matching/offers/{id}/accept", offerId).then().statusCode(200);

        as(DemoUsers.SORA).queryParam("storeId", DemoStaff.AOI.storeId()).get(KPIS).then().statusCode(200)
                .body("answered", equalTo(1))
                .body("offers.accepted", equalTo(1))
                .body("byStore.storeId", contains(DemoStaff.AOI.storeId()))
                .body("occupancy.staffUsername", contains(DemoUsers.AOI));
        as(DemoUsers.SORA).queryParam("storeId", "osaka").get(KPIS).then().statusCode(200).body("answered", equalTo(0));
    }

    /** sora looks after tokyo and osaka: hana's sapporo requests and those never offered to anyone are not hers. */
    @Test
    void aManagerSeesTheKpisOfTheirOwnStoresOnly() {
        JsonPath kpis = as(DemoUsers.SORA).queryParam("from", FROM).queryParam("to", TO).get(KPIS)
                .then().statusCode(200).extract().jsonPath();

        assertThat(kpis.getInt("answered")).isEqualTo(2);
        assertThat(kpis.getInt("abandoned")).isZero();
        assertThat(kpis.getMap("offers")).containsExactlyInAnyOrderEntriesOf(Map.of(
                "made", 3, "accepted", 2, "declined", 1, "timedOut", 0, "cancelled", 0, "rescinded", 0));
        assertThat(kpis.getList("occupancy.staffUsername")).containsExactly(DemoUsers.AOI);
        assertThat(kpis.getList("byStore.storeId")).containsExactly("tokyo");

        String csv = as(DemoUsers.SORA).queryParam("from", FROM).queryParam("to", TO).get(CSV)
                .then().statusCode(200).contentType("text/csv").extract().asString();
        // r1 and r2 (waits 10 s and 30 s) in the first hour; nothing of hers in the second.
        assertThat(csv.lines().skip(1).findFirst()).hasValue("2026-11-20T10:00:00Z,2,2,0,0.5,10.0,30.0");
        assertThat(csv.lines().skip(2).findFirst()).hasValueSatisfying(row -> assertThat(row).startsWith("2026-11-20T11:00:00Z,0,0,0,"));
    }

    @Test
    void anotherStoresKpisAreForbiddenToAManagerButNotToAnAdmin() {
        for (String path : List.of(KPIS, CSV)) {
            as(DemoUsers.SORA).queryParam("storeId", "sapporo").get(path).then().statusCode(403).contentType(PROBLEM_JSON)
                    .body("type", equalTo(problem("not-your-store")));
            as(DemoUsers.SORA).queryParam("storeId", "osaka").get(path).then().statusCode(200);
            as(DemoUsers.MEI).queryParam("storeId", "sapporo").get(path).then().statusCode(200);
        }
        as(DemoUsers.MEI).queryParam("from", FROM).queryParam("to", TO).queryParam("storeId", "sapporo").get(KPIS)
                .then().statusCode(200).body("answered", equalTo(1)).body("abandoned", equalTo(1));
    }

    @Test
    void onlyManagersAndAdminsSeeKpis() {
        for (String path : List.of(KPIS, CSV)) {
            anonymous().get(path).then().statusCode(401).contentType(PROBLEM_JSON).body("type", equalTo(problem("unauthorized")));
            as(DemoUsers.AOI).get(path).then().statusCode(403).contentType(PROBLEM_JSON).body("type", equalTo(problem("forbidden")));
            asShopper().get(path).then().statusCode(403).contentType(PROBLEM_JSON);
            asService().get(path).then().statusCode(403).contentType(PROBLEM_JSON);
            as(DemoUsers.SORA).get(path).then().statusCode(200);
            as(DemoUsers.MEI).get(path).then().statusCode(200);
        }
    }

    @Test
    void malformedQueriesAreABadRequestNamingEachParameter() {
        for (String path : List.of(KPIS, CSV)) {
            as(DemoUsers.SORA).queryParam("from", "yesterday").queryParam("serviceLevelSeconds", "soon")
                    .queryParam("storeId", "Tokyo Store").get(path)
                    .then().statusCode(400).contentType(PROBLEM_JSON)
                    .body("type", equalTo(problem("invalid-request")))
                    .body("violations.field", hasItems("from", "serviceLevelSeconds", "storeId"));
            as(DemoUsers.SORA).queryParam("from", TO).queryParam("to", FROM).get(path)
                    .then().statusCode(400).contentType(PROBLEM_JSON).body("violations.field", hasItems("from"));
            as(DemoUsers.SORA).queryParam("from", "2026-10-01T00:00:00Z").queryParam("to", "2026-11-20T00:00:00Z").get(path)
                    .then().statusCode(400).contentType(PROBLEM_JSON).body("violations.field", hasItems("to"));
            as(DemoUsers.SORA).queryParam("serviceLevelSeconds", 0).get(path)
                    .then().statusCode(400).contentType(PROBLEM_JSON).body("violations.field", hasItems("serviceLevelSeconds"));
        }
    }
}
