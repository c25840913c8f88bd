package io.tsunagu.staffdirectory.shift;

import io.quarkus.test.junit.QuarkusTest;
import io.tsunagu.testing.DemoUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static io.tsunagu.staffdirectory.ApiTesting.STAFF;
import static io.tsunagu.staffdirectory.ApiTesting.STORES;
import static io.tsunagu.staffdirectory.ApiTesting.shifts;
import static io.tsunagu.staffdirectory.ApiTesting.staffMember;
import static io.tsunagu.staffdirectory.ApiTesting.store;
import static io.tsunagu.testing.ApiCalls.anonymous;
import static io.tsunagu.testing.ApiCalls.as;
import static io.tsunagu.testing.ApiCalls.asService;
import static io.tsunagu.testing.ApiCalls.problem;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

/** Shifts over the API; the time arithmetic itself is in ShiftCalendarTest. */
@QuarkusTest
class ShiftResourceTest {

    /** A staff member of a store in Europe/Berlin, where the clocks change. */
    private static final String NIGHT_WORKER = "lena";
    private static final String NIGHT_SHIFTS = shifts(NIGHT_WORKER);

    @BeforeEach
    void aStoreInBerlinWithAStaffMemberWithoutShifts() {
        as(DemoUsers.MEI).body(store("berlin", "ベルリン店", "Berlin", "Europe/Berlin")).post(STORES).then()
                .statusCode(org.hamcrest.Matchers.anyOf(equalTo(201), equalTo(409)));
        as(DemoUsers.MEI).body(staffMember(NIGHT_WORKER, "berlin")).post(STAFF).then()
                .statusCode(org.hamcrest.Matchers.anyOf(equalTo(201), equalTo(409)));
        as(DemoUsers.MEI).body(List.of()).put(NIGHT_SHIFTS + "/weekly").then().statusCode(200);
        List<String> ids = as(DemoUsers.MEI).get(NIGHT_SHIFTS).then().statusCode(200).extract().jsonPath().getList("exceptions.id");
        ids.forEach(id -> as(DemoUsers.MEI).delete(NIGHT_SHIFTS + "/exceptions/" + id).then().statusCode(204));
    }

    @Test
    void staffReadTheirOwnShifts() {
        as(DemoUsers.AOI).get(shifts(DemoUsers.AOI)).then()
                .statusCode(200)
                .body("weekly.day", contains("MON", "TUE", "WED", "THU", "FRI", "SAT", "SUN"))
                .body("weekly.start", everyItem(equalTo("00:00")))
                .body("weekly.end", everyItem(equalTo("24:00")))
                .body("exceptions", empty());
    }

    @Test
    void staffCannotReadSomeoneElsesShifts() {
        problem(as(DemoUsers.AOI).get(shifts(DemoUsers.REN)).then(), 403, "forbidden");
        problem(as(DemoUsers.AOI).get(shifts(DemoUsers.REN) + "/calendar?from=2026-11-23&to=2026-11-30").then(), 403, "forbidden");
    }

    @Test
    void managersReadTheirStoresShiftsOnly() {
        as(DemoUsers.SORA).get(shifts(DemoUsers.AOI)).then().statusCode(200);
        problem(as(DemoUsers.SORA).get(shifts(DemoUsers.HANA)).then(), 403, "not-your-store");
    }

    @Test
    void theServiceAndAnonymousCannotReadShifts() {
        problem(asService().get(shifts(DemoUsers.AOI)).then(), 403, "forbidden");
        problem(anonymous().get(shifts(DemoUsers.AOI)).then(), 401, "unauthorized");
    }

    @Test
    void shiftsOfAnUnknownStaffMemberAreNotFound() {
        problem(as(DemoUsers.MEI).get(shifts("nobody-here")).then(), 404, "not-found");
    }

    @Test
    void aWeekOfShiftsIsReplacedIncludingOneAcrossMidnight() {
        List<Map<String, String>> weekly = List.of(
                shift("SAT", "22:00", "06:00"), shift("MON", "09:00", "13:00"), shift("MON", "14:00", "18:00"));

        as(DemoUsers.MEI).body(weekly).put(NIGHT_SHIFTS + "/weekly").then()
                .statusCode(200)
                .body("weekly.day", contains("MON", "MON", "SAT"))
                .body("weekly.start", contains("09:00", "14:00", "22:00"))
                .body("weekly.end", contains("13:00", "18:00", "06:00"));
    }

    @Test
    void theCalendarFollowsBerlinAcrossTheSpringChange() {
        as(DemoUsers.MEI).body(List.of(shift("SUN", "00:00", "08:00"), shift("SAT", "22:00", "24:00")))
                .put(NIGHT_SHIFTS + "/weekly").then().statusCode(200);

        as(DemoUsers.MEI).get(NIGHT_SHIFTS + "/calendar?from=2026-03-28&to=2026-03-30").then()
                .statusCode(200)
                .body("start", contains("2026-03-28T21:00:00Z", "2026-03-28T23:00:00Z"))
                // 08:00 on the change day is CEST (+02:00): the shift is seven hours long.
                .body("end", contains("2026-03-28T23:00:00Z", "2026-03-29T06:00:00Z"));
    }

    @Test
    void aHolidayIsAnExceptionTheCalendarLeavesOut() {
        as(DemoUsers.MEI).body(List.of(shift("THU", "09:00", "17:00"), shift("FRI", "09:00", "17:00")))
                .put(NIGHT_SHIFTS + "/weekly").then().statusCode(200);

        String id = as(DemoUsers.MEI).body(Map.of("date", "2026-12-24", "kind", "OFF", "reason", "Heiligabend"))
                .post(NIGHT_SHIFTS + "/exceptions").then()
                .statusCode(201)
                .body("id", notNullValue())
                .body("date", equalTo("2026-12-24"))
                .body("kind", equalTo("OFF"))
                .body("start", nullValue())
                .body("reason", equalTo("Heiligabend"))
                .extract().path("id");

        as(DemoUsers.MEI).get(NIGHT_SHIFTS).then().body("exceptions.id", contains(id));
        as(DemoUsers.MEI).get(NIGHT_SHIFTS + "/calendar?from=2026-12-24&to=2026-12-26").then()
                .statusCode(200)
                .body("start", contains("2026-12-25T08:00:00Z"));

        as(DemoUsers.MEI).delete(NIGHT_SHIFTS + "/exceptions/" + id).then().statusCode(204);
        as(DemoUsers.MEI).get(NIGHT_SHIFTS + "/calendar?from=2026-12-24&to=2026-12-26").then()
                .body("start", contains("2026-12-24T08:00:00Z", "2026-12-25T08:00:00Z"));
        problem(as(DemoUsers.MEI).delete(NIGHT_SHIFTS + "/exceptions/" + id).then(), 404, "not-found");
    }

    @Test
    void extraWorkIsAddedToTheCalendar() {
        as(DemoUsers.MEI).body(Map.of("date", "2026-11-29", "kind", "WORK", "start", "10:00", "end", "14:00"))
                .post(NIGHT_SHIFTS + "/exceptions").then()
                .statusCode(201)
                .body("start", equalTo("10:00"))
                .body("end", equalTo("14:00"))
                .body("reason", equalTo(""));

        as(DemoUsers.MEI).get(NIGHT_SHIFTS + "/calendar?from=2026-11-23&to=2026-11-30").then()
                .statusCode(200)
                .body("$", hasSize(1))
                .body("[0].start", equalTo("2026-11-29T09:00:00Z"))
                .body("[0].end", equalTo("2026-11-29T13:00:00Z"));
    }

    @Test
    void overlappingWeeklyShiftsAreRefused() {
        problem(as(DemoUsers.MEI).body(List.of(shift("MON", "09:00", "18:00"), shift("MON", "17:00", "20:00")))
                .put(NIGHT_SHIFTS + "/weekly").then(), 400, "shift-overlap")
                .body("violations[0].message", containsString("[0] and [1]"));
    }

    @Test
    void aSundayNightShiftOverlapsMondayMorning() {
        problem(as(DemoUsers.MEI).body(List.of(shift("SUN", "22:00", "06:00"), shift("MON", "05:00", "09:00")))
                .put(NIGHT_SHIFTS + "/weekly").then(), 400, "shift-overlap");
        as(DemoUsers.MEI).get(NIGHT_SHIFTS).then().body("weekly", empty());
    }

    @Test
    void extraWorkOverlappingAShiftIsRefused() {
        as(DemoUsers.MEI).body(List.of(shift("SUN", "09:00", "17:00"))).put(NIGHT_SHIFTS + "/weekly").then().statusCode(200);

        problem(as(DemoUsers.MEI).body(Map.of("date", "2026-11-29", "kind", "WORK", "start", "16:00", "end", "20:00"))
                .post(NIGHT_SHIFTS + "/exceptions").then(), 400, "shift-overlap");
    }

    @Test
    void daysAndTimesAreChecked() {
        problem(as(DemoUsers.MEI).body(List.of(shift("MONDAY", "9:00", "24:01"), shift("TUE", "10:00", "10:00"), shift("WED", "24:00", "10:00")))
                .put(NIGHT_SHIFTS + "/weekly").then(), 400, "invalid-request")
                .body("violations.field", contains("[0].day", "[0].start", "[0].end", "[1].end", "[2].start"));
    }

    @Test
    void aMissingFieldOrABadBodyIsABadRequest() {
        problem(as(DemoUsers.MEI).body(List.of(Map.of("day", "MON"))).put(NIGHT_SHIFTS + "/weekly").then(), 400, "invalid-request")
                .body("violations.field", contains("[0].end", "[0].start"));
        problem(as(DemoUsers.MEI).body("[{\"day\":").put(NIGHT_SHIFTS + "/weekly").then(), 400, "malformed-json");
        problem(as(DemoUsers.MEI).body(Map.of("date", "24.12.2026", "kind", "OFF")).post(NIGHT_SHIFTS + "/exceptions").then(),
                400, "malformed-json");
    }

    @Test
    void extraWorkNeedsItsHours() {
        problem(as(DemoUsers.MEI).body(Map.of("date", "2026-11-29", "kind", "WORK")).post(NIGHT_SHIFTS + "/exceptions").then(),
                400, "invalid-request")
                .body("violations.field", contains("start", "end"));
    }

    @Test
    void onlyManagersOfTheStoreAndAdminsChangeShifts() {
        Map<String, String> holiday = Map.of("date", "2026-12-31", "kind", "OFF");
        problem(as(DemoUsers.SORA).body(List.of()).put(NIGHT_SHIFTS + "/weekly").then(), 403, "not-your-store");
        problem(as(DemoUsers.SORA).body(holiday).post(NIGHT_SHIFTS + "/exceptions").then(), 403, "not-your-store");
        problem(as(DemoUsers.AOI).body(List.of()).put(shifts(DemoUsers.AOI) + "/weekly").then(), 403, "forbidden");
        problem(as(DemoUsers.AOI).body(holiday).post(shifts(DemoUsers.AOI) + "/exceptions").then(), 403, "forbidden");
        problem(anonymous().body(holiday).post(NIGHT_SHIFTS + "/exceptions").then(), 401, "unauthorized");
        problem(asService().body(List.of()).put(NIGHT_SHIFTS + "/weekly").then(), 403, "forbidden");
    }

    @Test
    void theCalendarNeedsAnOrderedRangeOfAtMost62Days() {
        problem(as(DemoUsers.MEI).get(NIGHT_SHIFTS + "/calendar?from=2026-11-23").then(), 400, "invalid-request")
                .body("violations.field", contains("to"));
        problem(as(DemoUsers.MEI).get(NIGHT_SHIFTS + "/calendar?from=23.11.2026&to=2026-11-30").then(), 400, "invalid-request")
                .body("violations.field", contains("from"));
        problem(as(DemoUsers.MEI).get(NIGHT_SHIFTS + "/calendar?from=2026-11-30&to=2026-11-23").then(), 400, "invalid-request");
        problem(as(DemoUsers.MEI).get(NIGHT_SHIFTS + "/calendar?from=2026-01-01&to=2026-03-05").then(), 400, "invalid-request")
                .body("violations[0].message", containsString("62"));
        as(DemoUsers.MEI).get(NIGHT_SHIFTS + "/calendar?from=2026-01-01&to=2026-03-04").then().statusCode(200);
    }

    @Test
    void staffReadTheirOwnCalendar() {
        as(DemoUsers.AOI).get(shifts(DemoUsers.AOI) + "/calendar?from=2026-11-23&to=2026-11-25").then()
                .statusCode(200)
                .body("start", contains("2026-11-22T15:00:00Z", "2026-11-23T15:00:00Z"))
                .body("end", contains("2026-11-23T15:00:00Z", "2026-11-24T15:00:00Z"));
    }

    private static Map<String, String> shift(String day, String start, String end) {
        Map<String, String> shift = new HashMap<>();
        shift.put("day", day);
        shift.put("start", start);
        shift.put("end", end);
        return shift;
    }
}
