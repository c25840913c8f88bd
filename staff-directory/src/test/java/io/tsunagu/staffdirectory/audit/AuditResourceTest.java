package io.tsunagu.staffdirectory.audit;

import io.quarkus.test.junit.QuarkusTest;
import io.tsunagu.testing.DemoUsers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import static io.tsunagu.staffdirectory.ApiTesting.AUDIT;
import static io.tsunagu.staffdirectory.ApiTesting.STAFF;
import static io.tsunagu.testing.ApiCalls.anonymous;
import static io.tsunagu.testing.ApiCalls.as;
import static io.tsunagu.testing.ApiCalls.asService;
import static io.tsunagu.testing.ApiCalls.problem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

@QuarkusTest
class AuditResourceTest {

    private static final List<Map<String, Object>> HANA_EXPERTISE = List.of(
            Map.of("tag", "skiing", "level", 5), Map.of("tag", "mountaineering", "level", 2));
    private static final List<Map<String, Object>> REN_EXPERTISE = List.of(
            Map.of("tag", "trail-running", "level", 4), Map.of("tag", "townwear", "level", 4));

    @Test
    void everyWriteIsLoggedWithWhoAndWhatNewestFirst() {
        as(DemoUsers.MEI).body(HANA_EXPERTISE).put(STAFF + "/hana/expertise").then().statusCode(200);
        as(DemoUsers.SORA).body(REN_EXPERTISE).put(STAFF + "/ren/expertise").then().statusCode(200);

        List<Map<String, Object>> entries = as(DemoUsers.MEI).get(AUDIT + "?limit=2").then()
                .statusCode(200)
                .body("$", hasSize(2))
                .body("[0].actor", equalTo(DemoUsers.SORA))
                .body("[0].action", equalTo("replace"))
                .body("[0].entity", equalTo("expertise"))
                .body("[0].entityId", equalTo(DemoUsers.REN))
                .body("[0].detail", equalTo("trail-running 4, townwear 4"))
                .body("[1].actor", equalTo(DemoUsers.MEI))
                .body("[1].entityId", equalTo(DemoUsers.HANA))
                .extract().jsonPath().getList("$");
        assertThat(Instant.parse((String) entries.get(0).get("at"))).isAfterOrEqualTo(Instant.parse((String) entries.get(1).get("at")));
    }

    @Test
    void managersReadOnlyTheirStoresAndTheTaxonomy() {
        as(DemoUsers.MEI).body(HANA_EXPERTISE).put(STAFF + "/hana/expertise").then().statusCode(200);

        List<String> stores = as(DemoUsers.SORA).get(AUDIT + "?limit=500").then().statusCode(200)
                .extract().jsonPath().getList("storeId");
        List<String> entities = as(DemoUsers.SORA).get(AUDIT + "?limit=500").then().extract().jsonPath().getList("entity");
        for (int i = 0; i < stores.size(); i++) {
            if (stores.get(i) == null) {
                assertThat(entities.get(i)).isEqualTo("taxonomy");
            } else {
                assertThat(stores.get(i)).isIn("tokyo", "osaka");
            }
        }
        List<String> all = as(DemoUsers.MEI).get(AUDIT + "?limit=500").then().extract().jsonPath().getList("storeId");
        assertThat(all).contains("sapporo");
    }

    @Test
    void aRefusedWriteIsNotLogged() {
        as(DemoUsers.MEI).body(HANA_EXPERTISE).put(STAFF + "/hana/expertise").then().statusCode(200);
        Map<String, Object> newest = as(DemoUsers.MEI).get(AUDIT + "?limit=1").then().extract().jsonPath().getMap("[0]");

        problem(as(DemoUsers.MEI).body(List.of(Map.of("tag", "surfing", "level", 2))).put(STAFF + "/hana/expertise").then(),
                400, "unknown-tag");
        problem(as(DemoUsers.SORA).body(HANA_EXPERTISE).put(STAFF + "/hana/expertise").then(), 403, "not-your-store");

        assertThat(as(DemoUsers.MEI).get(AUDIT + "?limit=1").then().extract().jsonPath().getMap("[0]")).isEqualTo(newest);
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "501", "ten", "-1"})
    void theLimitIsFromOneTo500(String limit) {
        problem(as(DemoUsers.MEI).get(AUDIT + "?limit=" + limit).then(), 400, "invalid-request");
    }

    @Test
    void staffAndTheServiceCannotReadTheLog() {
        problem(as(DemoUsers.AOI).get(AUDIT).then(), 403, "forbidden");
        problem(asService().get(AUDIT).then(), 403, "forbidden");
    }

    @Test
    void readingTheLogNeedsAToken() {
        problem(anonymous().get(AUDIT).then(), 401, "unauthorized");
    }
}
