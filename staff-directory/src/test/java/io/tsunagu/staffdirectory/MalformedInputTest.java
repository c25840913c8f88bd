package io.tsunagu.staffdirectory;

import io.quarkus.test.junit.QuarkusTest;
import io.tsunagu.testing.DemoUsers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static io.tsunagu.staffdirectory.ApiTesting.shifts;
import static io.tsunagu.testing.ApiCalls.anonymous;
import static io.tsunagu.testing.ApiCalls.as;
import static io.tsunagu.testing.ApiCalls.asService;
import static io.tsunagu.testing.ApiCalls.problem;

/** Every write of the directory answers a broken or missing body with a problem, never a 500; reads without a token with 401. */
@QuarkusTest
class MalformedInputTest {

    @ParameterizedTest(name = "{0} {1} as {2}")
    @CsvSource({
            "PUT, /stores/tokyo, mei",
            "POST, /stores, mei",
            "POST, /staff, mei",
            "PUT, /staff/aoi, mei",
            "PUT, /staff/me/profile, aoi",
            "PUT, /staff/me/presence, aoi",
            "PUT, /staff/aoi/expertise, mei",
            "PUT, /managers/sora/stores, mei",
            "POST, /taxonomy, sora",
            "PUT, /taxonomy/camping, sora",
            "PUT, /staff/aoi/shifts/weekly, mei",
            "POST, /staff/aoi/shifts/exceptions, mei"})
    void brokenJsonIsMalformed(String method, String path, String username) {
        problem(as(username).body("{\"a\":[1,").request(method, ApiTesting.BASE + path).then(), 400, "malformed-json");
    }

    @ParameterizedTest(name = "{0} {1} as {2}")
    @CsvSource({
            "PUT, /stores/tokyo, mei",
            "POST, /stores, mei",
            "POST, /staff, mei",
            "PUT, /staff/aoi, mei",
            "PUT, /staff/me/profile, aoi",
            "PUT, /staff/aoi/expertise, mei",
            "PUT, /managers/sora/stores, mei",
            "POST, /taxonomy, sora",
            "PUT, /taxonomy/camping, sora",
            "PUT, /staff/aoi/shifts/weekly, mei",
            "POST, /staff/aoi/shifts/exceptions, mei"})
    void aMissingBodyIsABadRequest(String method, String path, String username) {
        problem(as(username).request(method, ApiTesting.BASE + path).then(), 400, "invalid-request");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"/me", "/audit", "/staff/aoi/shifts", "/staff/aoi/shifts/calendar?from=2026-11-23&to=2026-11-30", "/stores", "/staff"})
    void readsNeedAToken(String path) {
        problem(anonymous().get(ApiTesting.BASE + path).then(), 401, "unauthorized");
    }

    @Test
    void deletingAnExceptionNeedsAManagerOfTheStoreOrAnAdmin() {
        String anyId = "/exceptions/00000000-0000-0000-0000-000000000000";
        problem(anonymous().delete(shifts(DemoUsers.HANA) + anyId).then(), 401, "unauthorized");
        problem(as(DemoUsers.HANA).delete(shifts(DemoUsers.HANA) + anyId).then(), 403, "forbidden");
        problem(asService().delete(shifts(DemoUsers.HANA) + anyId).then(), 403, "forbidden");
        problem(as(DemoUsers.SORA).delete(shifts(DemoUsers.HANA) + anyId).then(), 403, "not-your-store");
        problem(as(DemoUsers.MEI).delete(shifts(DemoUsers.HANA) + anyId).then(), 404, "not-found");
        problem(as(DemoUsers.MEI).delete(shifts(DemoUsers.HANA) + "/exceptions/not-a-uuid").then(), 404, "not-found");
    }

    @Test
    void theCalendarIsForTheStoresManagersTheStaffMemberAndMatching() {
        String calendar = shifts(DemoUsers.HANA) + "/calendar?from=2026-11-23&to=2026-11-30";
        problem(as(DemoUsers.SORA).get(calendar).then(), 403, "not-your-store");
        problem(as(DemoUsers.AOI).get(calendar).then(), 403, "forbidden");
        problem(anonymous().get(calendar).then(), 401, "unauthorized");
        asService().get(calendar).then().statusCode(200);
        as(DemoUsers.HANA).get(calendar).then().statusCode(200);
        as(DemoUsers.MEI).get(calendar).then().statusCode(200);
    }
}
