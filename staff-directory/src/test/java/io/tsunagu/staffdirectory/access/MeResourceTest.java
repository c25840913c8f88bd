package io.tsunagu.staffdirectory.access;

import io.quarkus.test.junit.QuarkusTest;
import io.tsunagu.testing.DemoUsers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.tsunagu.staffdirectory.ApiTesting.BASE;
import static io.tsunagu.testing.ApiCalls.anonymous;
import static io.tsunagu.testing.ApiCalls.as;
import static io.tsunagu.testing.ApiCalls.asService;
import static io.tsunagu.testing.ApiCalls.asShopper;
import static io.tsunagu.testing.ApiCalls.problem;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

@QuarkusTest
class MeResourceTest {

    private static final String ME = BASE + "/me";
    private static final String SORAS_STORES = BASE + "/managers/sora/stores";
    private static final List<String> DEMO_STORES_OF_SORA = List.of("osaka", "tokyo");

    @AfterEach
    void restoreSorasStores() {
        as(DemoUsers.MEI).body(DEMO_STORES_OF_SORA).put(SORAS_STORES).then().statusCode(200);
    }

    @Test
    void aManagerSeesTheStoresAssignedToThem() {
        as(DemoUsers.SORA).get(ME).then()
                .statusCode(200)
                .body("username", equalTo(DemoUsers.SORA))
                .body("roles", contains("manager"))
                .body("storeIds", contains("osaka", "tokyo"));
    }

    @Test
    void anAdminSeesEveryStore() {
        as(DemoUsers.MEI).get(ME).then()
                .statusCode(200)
                .body("roles", contains("admin"))
                .body("storeIds", hasItems("osaka", "sapporo", "tokyo"));
    }

    @Test
    void aStaffMemberSeesTheirStore() {
        as(DemoUsers.HANA).get(ME).then()
                .statusCode(200)
                .body("roles", contains("staff"))
                .body("storeIds", contains("sapporo"));
    }

    @Test
    void meWithoutTokenIsUnauthorized() {
        problem(anonymous().get(ME).then(), 401, "unauthorized");
    }

    @Test
    void theServiceAndShoppersHaveNoMe() {
        problem(asService().get(ME).then(), 403, "forbidden");
        problem(asShopper().get(ME).then(), 403, "forbidden");
    }

    @Test
    void anAdminReassignsAManagersStoresAndTheRightFollows() {
        as(DemoUsers.MEI).body(List.of("sapporo")).put(SORAS_STORES).then()
                .statusCode(200)
                .body("$", contains("sapporo"));

        as(DemoUsers.SORA).get(ME).then().body("storeIds", contains("sapporo"));
        problem(as(DemoUsers.SORA).body(List.of()).put(BASE + "/staff/aoi/expertise").then(), 403, "not-your-store");
    }

    @Test
    void anUnknownOrRepeatedStoreIsNamed() {
        problem(as(DemoUsers.MEI).body(List.of("tokyo", "atlantis", "tokyo")).put(SORAS_STORES).then(), 400, "invalid-request")
                .body("violations.field", contains("[1]", "[2]"))
                .body("violations[0].message", containsString("atlantis"));
        as(DemoUsers.SORA).get(ME).then().body("storeIds", contains("osaka", "tokyo"));
    }

    @Test
    void anObjectInsteadOfAListIsABadRequest() {
        problem(as(DemoUsers.MEI).body("{\"stores\":[\"tokyo\"]}").put(SORAS_STORES).then(), 400, "malformed-json");
    }

    @Test
    void onlyAdminsAssignStores() {
        problem(as(DemoUsers.SORA).body(List.of("sapporo")).put(SORAS_STORES).then(), 403, "forbidden");
        problem(anonymous().body(List.of("sapporo")).put(SORAS_STORES).then(), 401, "unauthorized");
    }

    @Test
    void matchingAndAdminsReadAManagersStores() {
        asService().get(SORAS_STORES).then().statusCode(200).body("$", contains("osaka", "tokyo"));
        as(DemoUsers.MEI).get(SORAS_STORES).then().statusCode(200).body("$", contains("osaka", "tokyo"));
        as(DemoUsers.MEI).get(BASE + "/managers/nobody-assigned/stores").then().statusCode(200).body("$", empty());
    }

    @Test
    void readingAManagersStoresNeedsTheServiceOrAdminRoleAndAUserName() {
        problem(anonymous().get(SORAS_STORES).then(), 401, "unauthorized");
        problem(as(DemoUsers.SORA).get(SORAS_STORES).then(), 403, "forbidden");
        problem(as(DemoUsers.AOI).get(SORAS_STORES).then(), 403, "forbidden");
        problem(asService().get(BASE + "/managers/ bad name/stores").then(), 400, "invalid-request")
                .body("violations.field", contains("username"));
    }
}
