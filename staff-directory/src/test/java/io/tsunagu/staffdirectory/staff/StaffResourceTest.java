package io.tsunagu.staffdirectory.staff;

import io.quarkus.test.junit.QuarkusTest;
import io.tsunagu.problem.ProblemException;
import io.tsunagu.testing.DemoUsers;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static io.tsunagu.staffdirectory.ApiTesting.STAFF;
import static io.tsunagu.testing.ApiCalls.anonymous;
import static io.tsunagu.testing.ApiCalls.as;
import static io.tsunagu.testing.ApiCalls.asService;
import static io.tsunagu.testing.ApiCalls.asShopper;
import static io.tsunagu.staffdirectory.ApiTesting.presence;
import static io.tsunagu.testing.ApiCalls.problem;
import static io.tsunagu.staffdirectory.ApiTesting.resetPresence;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

@QuarkusTest
class StaffResourceTest {

    private static final String ME = STAFF + "/me";
    private static final String UNKNOWN_USERNAME = "nobody-here";

    @Inject
    StaffService service;

    @BeforeEach
    void everyoneOffline() {
        resetPresence();
    }

    @Test
    void listWithoutTokenIsUnauthorized() {
        problem(anonymous().get(STAFF).then(), 401, "unauthorized");
    }

    @Test
    void staffCannotListEveryone() {
        problem(as(DemoUsers.AOI).get(STAFF).then(), 403, "forbidden");
    }

    @Test
    void shopperCannotListStaff() {
        problem(asShopper().get(STAFF).then(), 403, "forbidden");
    }

    @ParameterizedTest
    @ValueSource(strings = {DemoUsers.SORA, DemoUsers.MEI})
    void managersAndAdminsListEveryone(String username) {
        as(username).get(STAFF).then()
                .statusCode(200)
                .body("username", hasItems(DemoUsers.AOI, DemoUsers.HANA, DemoUsers.REN))
                .body("findAll { ['aoi', 'hana', 'ren'].contains(it.username) }.presence", everyItem(equalTo("OFFLINE")));
    }

    @Test
    void aStaffMemberIsShownWithLanguagesAndStrongestExpertiseFirst() {
        asService().get(STAFF).then()
                .statusCode(200)
                .body("find { it.username == 'hana' }.displayName", equalTo("Hana Sato"))
                .body("find { it.username == 'hana' }.storeId", equalTo("sapporo"))
                .body("find { it.username == 'hana' }.languages", contains("ja", "en", "zh"))
                .body("find { it.username == 'hana' }.expertise.tag", contains("skiing", "mountaineering"))
                .body("find { it.username == 'hana' }.expertise.level", contains(5, 2))
                .body("find { it.username == 'hana' }.maxConcurrent", equalTo(1))
                .body("find { it.username == 'hana' }.presenceSince", notNullValue())
                .body("find { it.username == 'hana' }.channels", contains("VIDEO", "VOICE", "CHAT"))
                .body("find { it.username == 'hana' }.onShift", equalTo(true))
                .body("find { it.username == 'hana' }.shiftEndsAt", notNullValue())
                .body("find { it.username == 'hana' }.profileText", equalTo(""));
    }

    @Test
    void matchingSeesOnlyTheAvailableStaff() {
        asService().get(STAFF + "?presence=AVAILABLE").then().statusCode(200).body("$", empty());

        as(DemoUsers.REN).body(presence("AVAILABLE")).put(STAFF + "/me/presence").then().statusCode(200);

        asService().get(STAFF + "?presence=AVAILABLE").then()
                .statusCode(200)
                .body("username", contains(DemoUsers.REN));
        asService().get(STAFF + "?presence=OFFLINE").then()
                .statusCode(200)
                .body("username", hasItems(DemoUsers.AOI, DemoUsers.HANA))
                .body("username", not(hasItem(DemoUsers.REN)));
    }

    @Test
    void unknownPresenceFilterIsABadRequest() {
        problem(asService().get(STAFF + "?presence=SLEEPING").then(), 400, "invalid-request")
                .body("violations.field", contains("presence"))
                .body("violations[0].message", equalTo("must be one of AVAILABLE, AWAY, OFFLINE, OFFERED, IN_CALL, WRAP_UP"));
    }

    @Test
    void meWithoutTokenIsUnauthorized() {
        problem(anonymous().get(ME).then(), 401, "unauthorized");
    }

    @ParameterizedTest
    @ValueSource(strings = {DemoUsers.SORA, DemoUsers.MEI})
    void meIsOnlyForStaff(String username) {
        problem(as(username).get(ME).then(), 403, "forbidden");
    }

    @Test
    void serviceHasNoMe() {
        problem(asService().get(ME).then(), 403, "forbidden");
    }

    @Test
    void staffSeeThemselves() {
        as(DemoUsers.AOI).get(ME).then()
                .statusCode(200)
                .body("username", equalTo(DemoUsers.AOI))
                .body("displayName", equalTo("Aoi Tanaka"))
                .body("storeId", equalTo("tokyo"))
                .body("languages", contains("ja", "en"))
                .body("expertise.tag", contains("mountaineering", "camping"))
                .body("expertise.level", contains(5, 3))
                .body("presence", equalTo("OFFLINE"));
    }

    @Test
    void aUserWithoutAStaffRecordIsNotFound() {
        // Every staff user of the demo realm has a record, so the lookup behind /staff/me is asked directly.
        assertThatThrownBy(() -> service.get(UNKNOWN_USERNAME))
                .isInstanceOfSatisfying(ProblemException.class, e -> {
                    assertThat(e.problem().status()).isEqualTo(404);
                    assertThat(e.problem().detail()).contains(UNKNOWN_USERNAME);
                });
    }
}
