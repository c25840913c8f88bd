package io.tsunagu.staffdirectory.staff;

import io.quarkus.test.junit.QuarkusTest;
import io.tsunagu.testing.DemoUsers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;
import java.util.Map;

import static io.tsunagu.staffdirectory.ApiTesting.STAFF;
import static io.tsunagu.testing.ApiCalls.anonymous;
import static io.tsunagu.testing.ApiCalls.as;
import static io.tsunagu.testing.ApiCalls.asService;
import static io.tsunagu.testing.ApiCalls.problem;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;

@QuarkusTest
class ExpertiseResourceTest {

    private static final String STAFF_MEMBER = DemoUsers.REN;
    private static final String ITS_EXPERTISE = STAFF + "/" + STAFF_MEMBER + "/expertise";
    private static final List<Map<String, Object>> DEMO_EXPERTISE = List.of(
            Map.of("tag", "trail-running", "level", 4), Map.of("tag", "townwear", "level", 4));
    private static final List<Map<String, Object>> NEW_EXPERTISE = List.of(
            Map.of("tag", "camping", "level", 3), Map.of("tag", "hiking", "level", 5));

    @AfterEach
    void restoreDemoExpertise() {
        as(DemoUsers.SORA).body(DEMO_EXPERTISE).put(ITS_EXPERTISE).then().statusCode(200);
    }

    @Test
    void withoutTokenIsUnauthorized() {
        problem(anonymous().body(NEW_EXPERTISE).put(ITS_EXPERTISE).then(), 401, "unauthorized");
    }

    @Test
    void staffCannotChangeExpertise() {
        problem(as(STAFF_MEMBER).body(NEW_EXPERTISE).put(ITS_EXPERTISE).then(), 403, "forbidden");
    }

    @Test
    void serviceCannotChangeExpertise() {
        problem(asService().body(NEW_EXPERTISE).put(ITS_EXPERTISE).then(), 403, "forbidden");
    }

    @ParameterizedTest
    @ValueSource(strings = {DemoUsers.SORA, DemoUsers.MEI})
    void managersAndAdminsReplaceTheList(String username) {
        as(username).body(NEW_EXPERTISE).put(ITS_EXPERTISE).then()
                .statusCode(200)
                .body("username", equalTo(STAFF_MEMBER))
                .body("expertise.tag", contains("hiking", "camping"))
                .body("expertise.level", contains(5, 3));

        as(STAFF_MEMBER).get(STAFF + "/me").then()
                .statusCode(200)
                .body("expertise.tag", contains("hiking", "camping"));
    }

    @Test
    void aLevelChangesInPlace() {
        as(DemoUsers.SORA).body(List.of(Map.of("tag", "trail-running", "level", 2), Map.of("tag", "townwear", "level", 4)))
                .put(ITS_EXPERTISE).then()
                .statusCode(200)
                .body("expertise.tag", contains("townwear", "trail-running"))
                .body("expertise.level", contains(4, 2));
    }

    @Test
    void anEmptyListClearsTheExpertise() {
        as(DemoUsers.SORA).body(List.of()).put(ITS_EXPERTISE).then()
                .statusCode(200)
                .body("expertise", empty());
    }

    @Test
    void anUnknownTagIsNamedInAViolation() {
        problem(as(DemoUsers.SORA).body(List.of(Map.of("tag", "camping", "level", 3), Map.of("tag", "surfing", "level", 2)))
                .put(ITS_EXPERTISE).then(), 400, "unknown-tag")
                .body("violations.field", contains("tag"))
                .body("violations[0].message", containsString("surfing"));
        as(STAFF_MEMBER).get(STAFF + "/me").then().body("expertise.tag", contains("townwear", "trail-running"));
    }

    @Test
    void aTagListedTwiceIsABadRequest() {
        problem(as(DemoUsers.SORA).body(List.of(Map.of("tag", "camping", "level", 3), Map.of("tag", "camping", "level", 1)))
                .put(ITS_EXPERTISE).then(), 400, "invalid-request")
                .body("violations[0].message", containsString("camping"));
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 6, -1})
    void aLevelOutsideOneToFiveIsABadRequest(int level) {
        problem(as(DemoUsers.SORA).body(List.of(Map.of("tag", "camping", "level", level)))
                .put(ITS_EXPERTISE).then(), 400, "invalid-request")
                .body("violations.field", contains("[0].level"));
    }

    @Test
    void aMissingTagOrLevelIsABadRequest() {
        problem(as(DemoUsers.SORA).body(List.of(Map.of())).put(ITS_EXPERTISE).then(), 400, "invalid-request")
                .body("violations.field", contains("[0].level", "[0].tag"));
    }

    @Test
    void anObjectInsteadOfAListIsABadRequest() {
        problem(as(DemoUsers.SORA).body(Map.of("tag", "camping", "level", 3)).put(ITS_EXPERTISE).then(), 400, "malformed-json");
    }

    @Test
    void malformedJsonIsABadRequest() {
        problem(as(DemoUsers.SORA).body("[{\"tag\":\"camping\",").put(ITS_EXPERTISE).then(), 400, "malformed-json");
    }

    @Test
    void aTextLevelIsABadRequest() {
        problem(as(DemoUsers.SORA).body("[{\"tag\":\"camping\",\"level\":\"expert\"}]").put(ITS_EXPERTISE).then(),
                400, "malformed-json");
    }

    @Test
    void anUnknownStaffMemberIsNotFound() {
        problem(as(DemoUsers.SORA).body(NEW_EXPERTISE).put(STAFF + "/nobody-here/expertise").then(), 404, "not-found");
    }
}
