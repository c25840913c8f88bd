package io.tsunagu.staffdirectory.presence;

import io.quarkus.test.junit.QuarkusTest;
import io.tsunagu.testing.DemoUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Instant;

import static io.tsunagu.staffdirectory.ApiTesting.MY_PRESENCE;
import static io.tsunagu.staffdirectory.ApiTesting.STAFF;
import static io.tsunagu.testing.ApiCalls.anonymous;
import static io.tsunagu.testing.ApiCalls.as;
import static io.tsunagu.testing.ApiCalls.asService;
import static io.tsunagu.testing.ApiCalls.asShopper;
import static io.tsunagu.staffdirectory.ApiTesting.presence;
import static io.tsunagu.testing.ApiCalls.problem;
import static io.tsunagu.staffdirectory.ApiTesting.resetPresence;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

@QuarkusTest
class PresenceResourceTest {

    private static final String STAFF_MEMBER = DemoUsers.AOI;
    private static final String ITS_PRESENCE = STAFF + "/" + STAFF_MEMBER + "/presence";
    private static final String UNKNOWN_PRESENCE = STAFF + "/nobody-here/presence";

    @BeforeEach
    void everyoneOffline() {
        resetPresence();
    }

    @Test
    void ownPresenceWithoutTokenIsUnauthorized() {
        problem(anonymous().body(presence("AVAILABLE")).put(MY_PRESENCE).then(), 401, "unauthorized");
    }

    @ParameterizedTest
    @ValueSource(strings = {DemoUsers.SORA, DemoUsers.MEI})
    void ownPresenceIsOnlyForStaff(String username) {
        problem(as(username).body(presence("AVAILABLE")).put(MY_PRESENCE).then(), 403, "forbidden");
    }

    @Test
    void shopperHasNoPresence() {
        problem(asShopper().body(presence("AVAILABLE")).put(MY_PRESENCE).then(), 403, "forbidden");
    }

    @Test
    void staffGoAvailableAndAwayAndTheTimeOfTheChangeIsKept() {
        Instant before = Instant.now();
        String since = as(STAFF_MEMBER).body(presence("AVAILABLE")).put(MY_PRESENCE).then()
                .statusCode(200)
                .body("username", equalTo(STAFF_MEMBER))
                .body("presence", equalTo("AVAILABLE"))
                .extract().path("presenceSince");
        assertThat(Instant.parse(since)).isAfterOrEqualTo(before.minusSeconds(1));

        as(STAFF_MEMBER).get(STAFF + "/me").then().statusCode(200)
                .body("presence", equalTo("AVAILABLE"))
                .body("presenceSince", equalTo(since));

        String awaySince = as(STAFF_MEMBER).body(presence("AWAY")).put(MY_PRESENCE).then()
                .statusCode(200)
                .body("presence", equalTo("AWAY"))
                .extract().path("presenceSince");
        assertThat(Instant.parse(awaySince)).isAfter(Instant.parse(since));
    }

    @Test
    void settingTheSamePresenceAgainKeepsItsSince() {
        String since = as(STAFF_MEMBER).body(presence("AWAY")).put(MY_PRESENCE).then().statusCode(200)
                .extract().path("presenceSince");

        as(STAFF_MEMBER).body(presence("AWAY")).put(MY_PRESENCE).then()
                .statusCode(200)
                .body("presenceSince", equalTo(since));
    }

    @ParameterizedTest
    @ValueSource(strings = {"OFFERED", "IN_CALL", "WRAP_UP"})
    void staffCannotSetABusyState(String busy) {
        problem(as(STAFF_MEMBER).body(presence(busy)).put(MY_PRESENCE).then(), 400, "presence-not-allowed")
                .body("detail", containsString(busy));
        as(STAFF_MEMBER).get(STAFF + "/me").then().body("presence", equalTo("OFFLINE"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"OFFERED", "IN_CALL", "WRAP_UP"})
    void aStaffMembersChoiceDuringAnOfferOrCallKeepsTheBusyStateShown(String busy) {
        asService().body(presence(busy)).put(ITS_PRESENCE).then().statusCode(200);

        as(STAFF_MEMBER).body(presence("AVAILABLE")).put(MY_PRESENCE).then().statusCode(200)
                .body("presence", equalTo(busy))
                .body("availability", equalTo("AVAILABLE"));
        as(STAFF_MEMBER).body(presence("AWAY")).put(MY_PRESENCE).then().statusCode(200)
                .body("presence", equalTo(busy))
                .body("availability", equalTo("AWAY"));
    }

    @Test
    void aStaffMemberWhoStepsAwayDuringACallComesBackAwayWhenMatchingFreesThem() {
        as(STAFF_MEMBER).body(presence("AVAILABLE")).put(MY_PRESENCE).then().statusCode(200);
        asService().body(presence("IN_CALL")).put(ITS_PRESENCE).then().statusCode(200)
                .body("availability", equalTo("AVAILABLE"));
        as(STAFF_MEMBER).body(presence("AWAY")).put(MY_PRESENCE).then().statusCode(200);

        asService().body(presence("WRAP_UP")).put(ITS_PRESENCE).then().statusCode(200)
                .body("presence", equalTo("WRAP_UP"));
        // An offer left unanswered while the call's notes are still due: the wrap-up stays shown.
        asService().body(presence("AWAY")).put(ITS_PRESENCE).then().statusCode(200)
                .body("presence", equalTo("WRAP_UP"));
        asService().body(presence("AVAILABLE")).put(ITS_PRESENCE).then().statusCode(200)
                .body("presence", equalTo("AWAY"))
                .body("availability", equalTo("AWAY"));
    }

    @Test
    void anUnansweredOfferEndsTheOfferStateAndTheChoice() {
        as(STAFF_MEMBER).body(presence("AVAILABLE")).put(MY_PRESENCE).then().statusCode(200);
        asService().body(presence("OFFERED")).put(ITS_PRESENCE).then().statusCode(200);

        asService().body(presence("AWAY")).put(ITS_PRESENCE).then().statusCode(200)
                .body("presence", equalTo("AWAY"))
                .body("availability", equalTo("AWAY"));
    }

    @Test
    void matchingListsStaffByTheirChoiceWhateverTheyAreDoing() {
        as(STAFF_MEMBER).body(presence("AVAILABLE")).put(MY_PRESENCE).then().statusCode(200);
        asService().body(presence("IN_CALL")).put(ITS_PRESENCE).then().statusCode(200);

        asService().queryParam("availability", "AVAILABLE").get(STAFF).then().statusCode(200)
                .body("find { it.username == '%s' }.presence".formatted(STAFF_MEMBER), equalTo("IN_CALL"));
        asService().queryParam("presence", "AVAILABLE").get(STAFF).then().statusCode(200)
                .body("username", not(hasItem(STAFF_MEMBER)));
        problem(asService().queryParam("availability", "BUSY").get(STAFF).then(), 400, "invalid-request")
                .body("violations.field", contains("availability"));
    }

    @Test
    void unknownPresenceIsABadRequest() {
        problem(as(STAFF_MEMBER).body(presence("SLEEPING")).put(MY_PRESENCE).then(), 400, "invalid-request")
                .body("violations.field", contains("presence"));
    }

    @Test
    void missingPresenceIsABadRequest() {
        problem(as(STAFF_MEMBER).body("{}").put(MY_PRESENCE).then(), 400, "invalid-request")
                .body("violations.field", contains("presence"));
    }

    @Test
    void malformedJsonIsABadRequest() {
        problem(as(STAFF_MEMBER).body("{\"presence\":").put(MY_PRESENCE).then(), 400, "malformed-json");
    }

    @Test
    void servicePresenceWithoutTokenIsUnauthorized() {
        problem(anonymous().body(presence("OFFERED")).put(ITS_PRESENCE).then(), 401, "unauthorized");
    }

    @ParameterizedTest
    @ValueSource(strings = {DemoUsers.AOI, DemoUsers.SORA, DemoUsers.MEI})
    void onlyTheServiceSetsAnyonesPresence(String username) {
        problem(as(username).body(presence("OFFERED")).put(ITS_PRESENCE).then(), 403, "forbidden");
    }

    @Test
    void serviceMovesStaffThroughAConsultation() {
        as(STAFF_MEMBER).body(presence("AVAILABLE")).put(MY_PRESENCE).then().statusCode(200);
        for (String state : new String[] {"OFFERED", "IN_CALL", "WRAP_UP", "AVAILABLE"}) {
            asService().body(presence(state)).put(ITS_PRESENCE).then()
                    .statusCode(200)
                    .body("username", equalTo(STAFF_MEMBER))
                    .body("presence", equalTo(state));
        }
    }

    @Test
    void matchingEndsABusyStateButDoesNotChooseForTheStaffMember() {
        asService().body(presence("IN_CALL")).put(ITS_PRESENCE).then().statusCode(200);

        asService().body(presence("AVAILABLE")).put(ITS_PRESENCE).then().statusCode(200)
                .body("presence", equalTo("OFFLINE"))
                .body("availability", equalTo("OFFLINE"));
    }

    @Test
    void serviceGetsNotFoundForAnUnknownStaffMember() {
        problem(asService().body(presence("OFFERED")).put(UNKNOWN_PRESENCE).then(), 404, "not-found")
                .body("detail", containsString("nobody-here"));
    }

    @Test
    void serviceGetsBadRequestForAnUnknownPresence() {
        problem(asService().body(presence("ON_BREAK")).put(ITS_PRESENCE).then(), 400, "invalid-request")
                .body("violations.field", contains("presence"));
    }

    @Test
    void serviceGetsBadRequestForMalformedJson() {
        problem(asService().body("[\"OFFERED\"").put(ITS_PRESENCE).then(), 400, "malformed-json");
    }

    @Test
    void serviceGetsBadRequestForAMissingBody() {
        problem(asService().put(ITS_PRESENCE).then(), 400, "invalid-request");
    }

    @Test
    void changesAreCountedByPresenceAndBySource() {
        as(STAFF_MEMBER).body(presence("AVAILABLE")).put(MY_PRESENCE).then().statusCode(200);

        anonymous().get("/q/metrics").then()
                .statusCode(200)
                .body(containsString("tsunagu_staff_presence_changes_total{by=\"staff\",presence=\"AVAILABLE\"}"));
    }
}
