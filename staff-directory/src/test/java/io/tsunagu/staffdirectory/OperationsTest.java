package io.tsunagu.staffdirectory;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static io.tsunagu.testing.ApiCalls.anonymous;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

@QuarkusTest
class OperationsTest {

    @Test
    void readyWhenTheDatabaseAnswers() {
        anonymous().get("/q/health/ready").then()
                .statusCode(200)
                .body("status", equalTo("UP"));
    }

    @Test
    void openApiDescribesTheContract() {
        anonymous().get("/q/openapi?format=json").then()
                .statusCode(200)
                .body("paths.keySet()", hasItems(
                        "/api/staff-directory/stores",
                        "/api/staff-directory/tags",
                        "/api/staff-directory/staff",
                        "/api/staff-directory/staff/me",
                        "/api/staff-directory/staff/me/presence",
                        "/api/staff-directory/staff/{username}/presence",
                        "/api/staff-directory/staff/{username}/expertise"));
    }
}
