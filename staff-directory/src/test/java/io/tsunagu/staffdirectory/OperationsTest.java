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
                        "/api/staff-directory/staff/{username}/expertise",
                        "/api/staff-directory/stores/{id}",
                        "/api/staff-directory/staff/{username}",
                        "/api/staff-directory/staff/me/profile",
                        "/api/staff-directory/staff/me/heartbeat",
                        "/api/staff-directory/me",
                        "/api/staff-directory/managers/{username}/stores",
                        "/api/staff-directory/taxonomy",
                        "/api/staff-directory/taxonomy/{id}",
                        "/api/staff-directory/staff/{username}/shifts",
                        "/api/staff-directory/staff/{username}/shifts/weekly",
                        "/api/staff-directory/staff/{username}/shifts/exceptions",
                        "/api/staff-directory/staff/{username}/shifts/exceptions/{id}",
                        "/api/staff-directory/staff/{username}/shifts/calendar",
                        "/api/staff-directory/audit"));
    }
}
