package io.tsunagu.staffdirectory.store;

import io.quarkus.test.junit.QuarkusTest;
import io.tsunagu.testing.DemoUsers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static io.tsunagu.staffdirectory.ApiTesting.BASE;
import static io.tsunagu.testing.ApiCalls.anonymous;
import static io.tsunagu.testing.ApiCalls.as;
import static io.tsunagu.testing.ApiCalls.asService;
import static io.tsunagu.testing.ApiCalls.asShopper;
import static io.tsunagu.testing.ApiCalls.problem;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.equalTo;

@QuarkusTest
class StoreResourceTest {

    private static final String STORES = BASE + "/stores";
    private static final String TIME_ZONE = "Asia/Tokyo";

    @Test
    void withoutTokenIsUnauthorized() {
        problem(anonymous().get(STORES).then(), 401, "unauthorized");
    }

    @Test
    void shopperIsForbidden() {
        problem(asShopper().get(STORES).then(), 403, "forbidden");
    }

    @ParameterizedTest
    @ValueSource(strings = {DemoUsers.AOI, DemoUsers.SORA, DemoUsers.MEI})
    void peopleSeeTheDemoStoresInBothLanguages(String username) {
        as(username).get(STORES).then()
                .statusCode(200)
                .body("id", hasItems("osaka", "sapporo", "tokyo"))
                .body("find { it.id == 'tokyo' }.name.ja", equalTo("東京店"))
                .body("find { it.id == 'tokyo' }.name.en", equalTo("Tokyo"))
                .body("find { it.id == 'osaka' }.timeZone", equalTo(TIME_ZONE))
                .body("find { it.id == 'tokyo' }.openingHours.day", contains("MON", "TUE", "WED", "THU", "FRI", "SAT", "SUN"))
                .body("find { it.id == 'tokyo' }.openingHours[0].opens", equalTo("00:00"))
                .body("find { it.id == 'tokyo' }.openingHours[0].closes", equalTo("24:00"));
    }

    @Test
    void serviceSeesTheStores() {
        asService().get(STORES).then()
                .statusCode(200)
                .body("find { it.id == 'sapporo' }.name.ja", equalTo("札幌店"));
    }
}
