package io.tsunagu.staffdirectory.staff;

import io.quarkus.test.junit.QuarkusTest;
import io.tsunagu.testing.DemoUsers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;
import java.util.Map;

import static io.tsunagu.staffdirectory.ApiTesting.AUDIT;
import static io.tsunagu.staffdirectory.ApiTesting.BASE;
import static io.tsunagu.staffdirectory.ApiTesting.DEMO_TIME_ZONE;
import static io.tsunagu.staffdirectory.ApiTesting.STAFF;
import static io.tsunagu.staffdirectory.ApiTesting.STORES;
import static io.tsunagu.staffdirectory.ApiTesting.presence;
import static io.tsunagu.staffdirectory.ApiTesting.shifts;
import static io.tsunagu.staffdirectory.ApiTesting.staffMember;
import static io.tsunagu.staffdirectory.ApiTesting.store;
import static io.tsunagu.testing.ApiCalls.anonymous;
import static io.tsunagu.testing.ApiCalls.as;
import static io.tsunagu.testing.ApiCalls.asService;
import static io.tsunagu.testing.ApiCalls.problem;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

/**
 * Deleting staff (admins; managers for their stores' staff) and stores (admins): refused while a
 * consultation is open or the store still has staff, logged, and soft, so that ids are never reused.
 * Each test uses staff and stores of its own.
 */
@QuarkusTest
class DeletionTest {

    @Test
    void aManagerDeletesAStaffMemberOfTheirStoreAndTheRowStaysHidden() {
        String username = newStaffMember("del-kai", "tokyo");
        as(DemoUsers.MEI).body(List.of(Map.of("day", "MON", "start", "09:00", "end", "17:00"))).put(shifts(username) + "/weekly")
                .then().statusCode(200);

        as(DemoUsers.SORA).delete(STAFF + "/" + username).then().statusCode(204);

        as(DemoUsers.MEI).get(STAFF).then().statusCode(200).body("username", not(hasItem(username)));
        problem(as(DemoUsers.MEI).get(shifts(username)).then(), 404, "not-found");
        problem(as(DemoUsers.SORA).delete(STAFF + "/" + username).then(), 404, "not-found");
        as(DemoUsers.MEI).get(AUDIT).then().statusCode(200)
                .body("find { it.action == 'delete' && it.entityId == '%s' }.actor".formatted(username), equalTo(DemoUsers.SORA))
                .body("find { it.action == 'delete' && it.entityId == '%s' }.detail".formatted(username), containsString("Test " + username));
    }

    @Test
    void aDeletedStaffMembersUserNameIsNotGivenToSomeoneElse() {
        String username = newStaffMember("del-mio", "tokyo");
        as(DemoUsers.MEI).delete(STAFF + "/" + username).then().statusCode(204);

        problem(as(DemoUsers.MEI).body(staffMember(username, "tokyo")).post(STAFF).then(), 409, "already-exists")
                .body("detail", containsString("deleted"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"OFFERED", "IN_CALL", "WRAP_UP"})
    void aStaffMemberWithAnOpenConsultationIsNotDeleted(String busy) {
        String username = newStaffMember("del-busy-" + busy.toLowerCase().replace('_', '-'), "tokyo");
        asService().body(presence(busy)).put(STAFF + "/" + username + "/presence").then().statusCode(200);

        problem(as(DemoUsers.MEI).delete(STAFF + "/" + username).then(), 409, "staff-busy")
                .body("detail", containsString(busy));
        as(DemoUsers.MEI).get(STAFF).then().body("username", hasItem(username));
    }

    @Test
    void aManagerCannotDeleteAnotherStoresStaffNorStaffTheirOwn() {
        String username = newStaffMember("del-sapporo", "sapporo");

        problem(as(DemoUsers.SORA).delete(STAFF + "/" + username).then(), 403, "not-your-store");
        problem(as(DemoUsers.AOI).delete(STAFF + "/" + DemoUsers.REN).then(), 403, "forbidden");
        problem(asService().delete(STAFF + "/" + username).then(), 403, "forbidden");
        problem(anonymous().delete(STAFF + "/" + username).then(), 401, "unauthorized");
        as(DemoUsers.MEI).get(STAFF).then().body("username", hasItem(username));
    }

    @Test
    void malformedAndUnknownNamesAreTold() {
        problem(as(DemoUsers.MEI).delete(STAFF + "/Not A Name").then(), 400, "invalid-request");
        problem(as(DemoUsers.MEI).delete(STAFF + "/nobody-here").then(), 404, "not-found");
        problem(as(DemoUsers.MEI).delete(STORES + "/Not A Store").then(), 400, "invalid-request");
        problem(as(DemoUsers.MEI).delete(STORES + "/atlantis").then(), 404, "not-found");
    }

    @Test
    void aStoreWithStaffIsNotDeletedAndAnEmptiedOneIs() {
        newStore("del-nara");
        String username = newStaffMember("del-nara-staff", "del-nara");
        as(DemoUsers.MEI).body(List.of("del-nara", "tokyo", "osaka")).put(BASE + "/managers/sora/stores").then().statusCode(200);

        problem(as(DemoUsers.MEI).delete(STORES + "/del-nara").then(), 409, "store-has-staff")
                .body("detail", containsString("1 staff member"));

        as(DemoUsers.MEI).delete(STAFF + "/" + username).then().statusCode(204);
        as(DemoUsers.MEI).delete(STORES + "/del-nara").then().statusCode(204);

        as(DemoUsers.MEI).get(STORES).then().body("id", not(hasItem("del-nara")));
        as(DemoUsers.SORA).get(BASE + "/me").then().body("storeIds", not(hasItem("del-nara")));
        problem(as(DemoUsers.MEI).body(staffMember("del-nara-again", "del-nara")).post(STAFF).then(), 400, "invalid-request");
        problem(as(DemoUsers.MEI).body(store("del-nara", "奈良店", "Nara", DEMO_TIME_ZONE)).post(STORES).then(), 409, "already-exists");
        as(DemoUsers.MEI).get(AUDIT).then()
                .body("find { it.action == 'delete' && it.entity == 'store' }.entityId", equalTo("del-nara"));
        as(DemoUsers.MEI).body(List.of("osaka", "tokyo")).put(BASE + "/managers/sora/stores").then().statusCode(200);
    }

    @Test
    void onlyAdminsDeleteStores() {
        newStore("del-kobe");

        problem(as(DemoUsers.SORA).delete(STORES + "/del-kobe").then(), 403, "forbidden");
        problem(as(DemoUsers.AOI).delete(STORES + "/del-kobe").then(), 403, "forbidden");
        problem(anonymous().delete(STORES + "/del-kobe").then(), 401, "unauthorized");
        as(DemoUsers.MEI).get(STORES).then().body("id", hasItem("del-kobe"));
    }

    private static String newStaffMember(String username, String storeId) {
        as(DemoUsers.MEI).body(staffMember(username, storeId)).post(STAFF).then().statusCode(201);
        return username;
    }

    private static void newStore(String id) {
        as(DemoUsers.MEI).body(store(id, id, id, DEMO_TIME_ZONE)).post(STORES).then().statusCode(201);
    }
}
