package io.tsunagu.matching.kpi;

import io.quarkus.test.junit.QuarkusTest;
import io.tsunagu.testing.DemoUsers;
import org.junit.jupiter.api.Test;

import static io.tsunagu.matching.support.Api.problem;
import static io.tsunagu.testing.ApiCalls.PROBLEM_JSON;
import static io.tsunagu.testing.ApiCalls.as;
import static org.hamcrest.Matchers.equalTo;

/**
 * In tests staff-directory's address refuses connections: a manager, whose stores only it knows, is told
 * to try again rather than shown every store; an admin, who sees every store anyway, is not held up.
 */
@QuarkusTest
class ManagerStoresFallbackTest {

    private static final String KPIS = "/api/matching/kpis";

    @Test
    void withoutStaffDirectoryAManagerGetsServiceUnavailableAndAnAdminTheKpis() {
        as(DemoUsers.SORA).get(KPIS).then().statusCode(503).contentType(PROBLEM_JSON)
                .body("type", equalTo(problem("part-unavailable")));
        as(DemoUsers.SORA).get(KPIS + ".csv").then().statusCode(503).contentType(PROBLEM_JSON);
        as(DemoUsers.MEI).get(KPIS).then().statusCode(200);
    }
}
