package io.tsunagu.staffdirectory.store;

import io.quarkus.test.junit.QuarkusTest;
import io.tsunagu.testing.DemoUsers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static io.tsunagu.staffdirectory.ApiTesting.DEMO_TIME_ZONE;
import static io.tsunagu.staffdirectory.ApiTesting.STORES;
import static io.tsunagu.staffdirectory.ApiTesting.store;
import static io.tsunagu.testing.ApiCalls.anonymous;
import static io.tsunagu.testing.ApiCalls.as;
import static io.tsunagu.testing.ApiCalls.asService;
import static io.tsunagu.testing.ApiCalls.problem;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

@QuarkusTest
class StoreEditingTest {

    private static final Map<String, Object> TOKYO = store("tokyo", "東京店", "Tokyo", DEMO_TIME_ZONE);
    private static final Map<String, Object> SAPPORO = store("sapporo", "札幌店", "Sapporo", DEMO_TIME_ZONE);

    @AfterEach
    void restoreDemoStores() {
        as(DemoUsers.MEI).body(TOKYO).put(STORES + "/tokyo").then().statusCode(200);
        as(DemoUsers.MEI).body(SAPPORO).put(STORES + "/sapporo").then().statusCode(200);
    }

    @Test
    void anAdminCreatesAStoreWithItsTimeZoneAndHours() {
        as(DemoUsers.MEI).body(store("fukuoka", "福岡店", "Fukuoka", DEMO_TIME_ZONE)).post(STORES).then()
                .statusCode(201)
                .body("id", equalTo("fukuoka"))
                .body("name.ja", equalTo("福岡店"))
                .body("timeZone", equalTo(DEMO_TIME_ZONE))
                .body("openingHours.day", contains("MON", "TUE", "WED", "THU", "FRI", "SAT", "SUN"))
                .body("openingHours[6].closes", equalTo("24:00"));

        as(DemoUsers.AOI).get(STORES).then().statusCode(200).body("id", hasItem("fukuoka"));
    }

    @Test
    void aStoreOpenUntilMidnightClosesAt2400() {
        Map<String, Object> body = with(store("nagoya", "名古屋店", "Nagoya", DEMO_TIME_ZONE), "openingHours",
                List.of(Map.of("day", "FRI", "opens", "18:00", "closes", "24:00")));
        as(DemoUsers.MEI).body(body).post(STORES).then()
                .statusCode(201)
                .body("openingHours[0].closes", equalTo("24:00"));
    }

    @Test
    void aStoreThatExistsIsAConflict() {
        problem(as(DemoUsers.MEI).body(TOKYO).post(STORES).then(), 409, "already-exists");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Asia/Tokio", "JST", "+09:00", ""})
    void anUnknownTimeZoneIsABadRequest(String zone) {
        problem(as(DemoUsers.MEI).body(store("kobe", "神戸店", "Kobe", zone)).post(STORES).then(), 400, "invalid-request")
                .body("violations.field", hasItem("timeZone"));
    }

    @Test
    void openingHoursMustBeRealTimesInOrder() {
        Map<String, Object> body = with(store("kobe", "神戸店", "Kobe", DEMO_TIME_ZONE), "openingHours", List.of(
                Map.of("day", "MONDAY", "opens", "10:00", "closes", "20:00"),
                Map.of("day", "TUE", "opens", "25:00", "closes", "20:00"),
                Map.of("day", "WED", "opens", "20:00", "closes", "10:00"),
                Map.of("day", "THU", "opens", "10:00", "closes", "14:00"),
                Map.of("day", "THU", "opens", "13:00", "closes", "18:00")));
        problem(as(DemoUsers.MEI).body(body).post(STORES).then(), 400, "invalid-request")
                .body("violations.field", contains("openingHours[0].day", "openingHours[1].opens",
                        "openingHours[2].closes", "openingHours[4]"));
    }

    @Test
    void aMissingNameIsABadRequest() {
        Map<String, Object> body = with(store("kobe", "神戸店", "Kobe", DEMO_TIME_ZONE), "name", Map.of("ja", "神戸店"));
        problem(as(DemoUsers.MEI).body(body).post(STORES).then(), 400, "invalid-request")
                .body("violations.field", contains("name.en"));
    }

    @Test
    void malformedJsonIsABadRequest() {
        problem(as(DemoUsers.MEI).body("{\"id\":").post(STORES).then(), 400, "malformed-json");
    }

    @ParameterizedTest
    @ValueSource(strings = {DemoUsers.SORA, DemoUsers.AOI})
    void onlyAdminsCreateStores(String username) {
        problem(as(username).body(store("kobe", "神戸店", "Kobe", DEMO_TIME_ZONE)).post(STORES).then(), 403, "forbidden");
    }

    @Test
    void theServiceCannotCreateStores() {
        problem(asService().body(store("kobe", "神戸店", "Kobe", DEMO_TIME_ZONE)).post(STORES).then(), 403, "forbidden");
    }

    @Test
    void creatingWithoutTokenIsUnauthorized() {
        problem(anonymous().body(store("kobe", "神戸店", "Kobe", DEMO_TIME_ZONE)).post(STORES).then(), 401, "unauthorized");
    }

    @Test
    void aManagerChangesTheirOwnStore() {
        as(DemoUsers.SORA).body(with(TOKYO, "name", Map.of("ja", "東京本店", "en", "Tokyo Main"))).put(STORES + "/tokyo").then()
                .statusCode(200)
                .body("name.ja", equalTo("東京本店"))
                .body("name.en", equalTo("Tokyo Main"));
    }

    @Test
    void aManagerCannotChangeAnotherStore() {
        problem(as(DemoUsers.SORA).body(SAPPORO).put(STORES + "/sapporo").then(), 403, "not-your-store")
                .body("detail", containsString("sapporo"));
    }

    @Test
    void anAdminChangesAnyStore() {
        as(DemoUsers.MEI).body(with(SAPPORO, "timeZone", "Asia/Seoul")).put(STORES + "/sapporo").then()
                .statusCode(200)
                .body("timeZone", equalTo("Asia/Seoul"));
    }

    @Test
    void staffCannotChangeAStore() {
        problem(as(DemoUsers.AOI).body(TOKYO).put(STORES + "/tokyo").then(), 403, "forbidden");
    }

    @Test
    void theIdInTheBodyMustBeThePathsOrAbsent() {
        problem(as(DemoUsers.MEI).body(with(TOKYO, "id", "osaka")).put(STORES + "/tokyo").then(), 400, "invalid-request")
                .body("violations.field", contains("id"));
    }

    @Test
    void changingAnUnknownStoreIsNotFound() {
        problem(as(DemoUsers.MEI).body(with(TOKYO, "id", "atlantis")).put(STORES + "/atlantis").then(), 404, "not-found");
    }

    static Map<String, Object> with(Map<String, Object> body, String key, Object value) {
        Map<String, Object> copy = new HashMap<>(body);
        copy.put(key, value);
        return copy;
    }
}
