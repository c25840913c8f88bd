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
import static io.tsunagu.testing.ApiCalls.as;
import static io.tsunagu.testing.ApiCalls.problem;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;

/**
 * Shifts and extra work must lie within the store's opening hours, both in the store's local time. The
 * store here is in Europe/Berlin, another in Pacific/Auckland (whose local Monday is still Sunday in UTC):
 * Mon–Thu 09:00–18:00, Fri 09:00–24:00, Sat 00:00–02:00 and 10:00–16:00, Sun 20:00–24:00, so a Friday night
 * shift may run past midnight, and a Sunday night one into Monday only as far as Monday's hours allow.
 */
@QuarkusTest
class OpeningHoursShiftTest {

    private static final String WORKER = "jonas";
    private static final String WORKER_SHIFTS = shifts(WORKER);
    private static final String AUCKLAND_WORKER = "aroha";
    private static final String OUTSIDE = "outside-opening-hours";

    @BeforeEach
    void storesWithOpeningHoursAndStaffWithoutShifts() {
        List<Map<String, String>> hours = List.of(
                hours("MON", "09:00", "18:00"), hours("TUE", "09:00", "18:00"), hours("WED", "09:00", "18:00"),
                hours("THU", "09:00", "18:00"), hours("FRI", "09:00", "24:00"), hours("SAT", "00:00", "02:00"),
                hours("SAT", "10:00", "16:00"), hours("SUN", "20:00", "24:00"));
        store("hamburg", "Europe/Berlin", hours);
        store("auckland", "Pacific/Auckland", List.of(hours("MON", "09:00", "17:00")));
        for (String[] member : new String[][] {{WORKER, "hamburg"}, {AUCKLAND_WORKER, "auckland"}}) {
            as(DemoUsers.MEI).body(staffMember(member[0], member[1])).post(STAFF).then().statusCode(anyOf(equalTo(201), equalTo(409)));
            as(DemoUsers.MEI).body(List.of()).put(shifts(member[0]) + "/weekly").then().statusCode(200);
            List<String> ids = as(DemoUsers.MEI).get(shifts(member[0])).then().statusCode(200).extract().jsonPath().getList("exceptions.id");
            ids.forEach(id -> as(DemoUsers.MEI).delete(shifts(member[0]) + "/exceptions/" + id).then().statusCode(204));
        }
    }

    @Test
    void shiftsWithinTheHoursAreKept() {
        as(DemoUsers.MEI).body(List.of(shift("MON", "09:00", "18:00"), shift("SAT", "10:00", "16:00"))).put(WORKER_SHIFTS + "/weekly")
                .then().statusCode(200)
                .body("weekly.day", contains("MON", "SAT"));
    }

    @Test
    void aShiftStartingBeforeOpeningIsRefusedAndNamed() {
        problem(as(DemoUsers.MEI).body(List.of(shift("MON", "09:00", "12:00"), shift("TUE", "08:30", "12:00")))
                .put(WORKER_SHIFTS + "/weekly").then(), 400, OUTSIDE)
                .body("violations.field", contains("[1]"))
                .body("violations[0].message", containsString("TUE 09:00–18:00"));
        as(DemoUsers.MEI).get(WORKER_SHIFTS).then().body("weekly", empty());
    }

    @Test
    void aShiftAcrossMidnightNeedsBothDaysHours() {
        // Friday until 24:00 and Saturday from 00:00: a shift from 22:00 to 01:00 is inside.
        as(DemoUsers.MEI).body(List.of(shift("FRI", "22:00", "01:00"))).put(WORKER_SHIFTS + "/weekly").then().statusCode(200);
        // Saturday closes at 02:00 and opens again at 10:00.
        problem(as(DemoUsers.MEI).body(List.of(shift("FRI", "22:00", "03:00"))).put(WORKER_SHIFTS + "/weekly").then(), 400, OUTSIDE)
                .body("violations[0].message", containsString("SAT 00:00–02:00, 10:00–16:00"));
        // Monday opens at 09:00: Sunday night may not run into Monday's small hours.
        problem(as(DemoUsers.MEI).body(List.of(shift("SUN", "22:00", "01:00"))).put(WORKER_SHIFTS + "/weekly").then(), 400, OUTSIDE);
        as(DemoUsers.MEI).body(List.of(shift("SUN", "22:00", "24:00"))).put(WORKER_SHIFTS + "/weekly").then().statusCode(200);
    }

    @Test
    void aShiftOnAClosedDayIsRefused() {
        problem(as(DemoUsers.MEI).body(List.of(shift("TUE", "10:00", "12:00"))).put(shifts(AUCKLAND_WORKER) + "/weekly").then(), 400, OUTSIDE)
                .body("violations[0].message", containsString("TUE closed"));
    }

    @Test
    void hoursAreTheStoresLocalTimeWhateverItsZone() {
        // Monday 09:00–17:00 in Auckland is Sunday evening in UTC: it is compared in Auckland's own time.
        as(DemoUsers.MEI).body(List.of(shift("MON", "09:00", "17:00"))).put(shifts(AUCKLAND_WORKER) + "/weekly")
                .then().statusCode(200);
        // On the day Berlin's clocks go forward (Sunday 2026-03-29), extra work in the evening is still within the hours.
        as(DemoUsers.MEI).body(exception("2026-03-29", "20:00", "24:00")).post(WORKER_SHIFTS + "/exceptions").then().statusCode(201);
    }

    @Test
    void extraWorkMustLieWithinTheHoursOfItsDates() {
        // Friday 2026-11-27 from 23:00 into Saturday 01:00: inside.
        as(DemoUsers.MEI).body(exception("2026-11-27", "23:00", "01:00")).post(WORKER_SHIFTS + "/exceptions").then().statusCode(201);
        // Wednesday 2026-11-25 in the evening: the store closes at 18:00.
        problem(as(DemoUsers.MEI).body(exception("2026-11-25", "17:00", "19:00")).post(WORKER_SHIFTS + "/exceptions").then(), 400, OUTSIDE)
                .body("violations.field", contains("start"))
                .body("violations[0].message", containsString("WED 17:00–19:00"));
        // A day off with hours is not work: it needs no opening hours.
        as(DemoUsers.MEI).body(Map.of("date", "2026-11-25", "kind", "OFF", "start", "05:00", "end", "06:00"))
                .post(WORKER_SHIFTS + "/exceptions").then().statusCode(201);
    }

    @Test
    void narrowerHoursAreRefusedWhileAShiftOrExtraWorkLiesOutsideThem() {
        store("lubeck", "Europe/Berlin", List.of(hours("MON", "08:00", "20:00"), hours("TUE", "08:00", "20:00")));
        as(DemoUsers.MEI).body(staffMember("mila", "lubeck")).post(STAFF).then().statusCode(anyOf(equalTo(201), equalTo(409)));
        as(DemoUsers.MEI).body(List.of(shift("MON", "08:00", "12:00"))).put(shifts("mila") + "/weekly").then().statusCode(200);

        problem(as(DemoUsers.MEI).body(storeBody("lubeck", "Europe/Berlin", List.of(hours("MON", "09:00", "20:00"))))
                .put(STORES + "/lubeck").then(), 400, OUTSIDE)
                .body("violations.field", contains("mila"))
                .body("violations[0].message", containsString("MON 08:00–12:00"));
        as(DemoUsers.MEI).get(STORES).then().body("find { it.id == 'lubeck' }.openingHours[0].opens", equalTo("08:00"));

        as(DemoUsers.MEI).body(storeBody("lubeck", "Europe/Berlin", List.of(hours("MON", "08:00", "12:00")))).put(STORES + "/lubeck")
                .then().statusCode(200);
        as(DemoUsers.MEI).body(storeBody("lubeck", "Europe/Berlin", List.of(hours("MON", "08:00", "20:00"), hours("TUE", "08:00", "20:00"))))
                .put(STORES + "/lubeck").then().statusCode(200);
    }

    @Test
    void aStaffMemberMovesOnlyToAStoreOpenDuringTheirShifts() {
        as(DemoUsers.MEI).body(List.of(shift("FRI", "22:00", "01:00"))).put(WORKER_SHIFTS + "/weekly").then().statusCode(200);

        problem(as(DemoUsers.MEI).body(moved(WORKER, "auckland")).put(STAFF + "/" + WORKER).then(), 400, OUTSIDE)
                .body("violations.field", contains(WORKER))
                .body("violations[0].message", containsString("auckland"));
        as(DemoUsers.MEI).body(List.of()).put(WORKER_SHIFTS + "/weekly").then().statusCode(200);
        as(DemoUsers.MEI).body(moved(WORKER, "auckland")).put(STAFF + "/" + WORKER).then().statusCode(200);
        as(DemoUsers.MEI).body(moved(WORKER, "hamburg")).put(STAFF + "/" + WORKER).then().statusCode(200);
    }

    private static Map<String, Object> moved(String username, String storeId) {
        Map<String, Object> body = new HashMap<>(staffMember(username, storeId));
        body.remove("username");
        return body;
    }

    private static Map<String, Object> storeBody(String id, String timeZone, List<Map<String, String>> hours) {
        return Map.of("name", Map.of("ja", id, "en", id), "timeZone", timeZone, "openingHours", hours);
    }

    private static void store(String id, String timeZone, List<Map<String, String>> hours) {
        Map<String, Object> body = new HashMap<>(storeBody(id, timeZone, hours));
        body.put("id", id);
        as(DemoUsers.MEI).body(body).post(STORES).then().statusCode(anyOf(equalTo(201), equalTo(409)));
    }

    private static Map<String, String> hours(String day, String opens, String closes) {
        return Map.of("day", day, "opens", opens, "closes", closes);
    }

    private static Map<String, String> shift(String day, String start, String end) {
        return Map.of("day", day, "start", start, "end", end);
    }

    private static Map<String, String> exception(String date, String start, String end) {
        return Map.of("date", date, "kind", "WORK", "start", start, "end", end);
    }
}
