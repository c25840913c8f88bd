package io.tsunagu.systemtest;

import io.tsunagu.testing.DemoUsers;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.restassured.RestAssured.given;
import static io.tsunagu.systemtest.Stack.anonymous;
import static io.tsunagu.systemtest.Stack.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/**
 * Managers' store insights through the edge, with the stores and staff that the running
 * staff-directory tells profile-bridge: sora manages tokyo and osaka, mei (admin) every store.
 */
class StoreInsightsTest {

    @Test
    void aManagerSeesTheirOwnStoresInAggregateAndNoIndividualShopper() {
        List<String> managed = given(as(DemoUsers.SORA)).get("/api/profile-bridge/store-insights")
                .then().statusCode(200).extract().jsonPath().getList("storeId", String.class);
        assertThat(managed).containsExactly("osaka", "tokyo");
        List<String> every = given(as(DemoUsers.MEI)).get("/api/profile-bridge/store-insights")
                .then().statusCode(200).extract().jsonPath().getList("storeId", String.class);
        assertThat(every).contains("osaka", "sapporo", "tokyo");

        given(as(DemoUsers.SORA)).get("/api/profile-bridge/store-insights/tokyo").then().statusCode(200)
                .body("storeId", equalTo("tokyo")).body("minimumGroupSize", equalTo(5));
        given(as(DemoUsers.SORA)).get("/api/profile-bridge/store-insights/sapporo").then().statusCode(403)
                .body("type", equalTo("https://tsunagu.io/problems/not-your-store"));
        given(as(DemoUsers.AOI)).get("/api/profile-bridge/store-insights").then().statusCode(403);
        given(anonymous()).get("/api/profile-bridge/store-insights").then().statusCode(401);
    }

    @Test
    void aManagerReadsNoShoppersReport() {
        String visitor = given(anonymous()).body("{}").post("/api/profile-bridge/shopper-tickets")
                .then().statusCode(201).extract().path("visitorId");

        given(as(DemoUsers.SORA)).get("/api/profile-bridge/shoppers/{id}/report", visitor).then().statusCode(403)
                .body("type", equalTo("https://tsunagu.io/problems/not-your-shopper"));
        given(as(DemoUsers.MEI)).get("/api/profile-bridge/shoppers/{id}/report", visitor).then().statusCode(200);
    }
}
