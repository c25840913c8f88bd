package io.tsunagu.staffdirectory.presence;

import io.quarkus.test.junit.QuarkusTest;
import io.tsunagu.testing.DemoUsers;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import static io.tsunagu.staffdirectory.ApiTesting.AUDIT;
import static io.tsunagu.staffdirectory.ApiTesting.MY_PRESENCE;
import static io.tsunagu.staffdirectory.ApiTesting.STAFF;
import static io.tsunagu.staffdirectory.ApiTesting.presence;
import static io.tsunagu.staffdirectory.ApiTesting.resetPresence;
import static io.tsunagu.staffdirectory.ApiTesting.shifts;
import static io.tsunagu.testing.ApiCalls.anonymous;
import static io.tsunagu.testing.ApiCalls.as;
import static io.tsunagu.testing.ApiCalls.asService;
import static io.tsunagu.testing.ApiCalls.problem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

/** AVAILABLE only on shift; AWAY when the console stops sending heartbeats or the shift ends. */
@QuarkusTest
class PresenceRulesTest {

    private static final String HEARTBEAT = STAFF + "/me/heartbeat";
    private static final Duration AWAY_AFTER = Duration.ofSeconds(60);

    @Inject
    PresenceService presence;

    @BeforeEach
    void everyoneOffline() {
        resetPresence();
    }

    @AfterEach
    void hanaWorksAsUsual() {
        List<String> ids = as(DemoUsers.MEI).get(shifts(DemoUsers.HANA)).then().statusCode(200).extract().jsonPath().getList("exceptions.id");
        ids.forEach(id -> as(DemoUsers.MEI).delete(shifts(DemoUsers.HANA) + "/exceptions/" + id).then().statusCode(204));
        resetPresence();
    }

    @Test
    void aStaffMemberOffShiftCannotBecomeAvailable() {
        String today = LocalDate.now(ZoneId.of("Asia/Tokyo")).toString();
        as(DemoUsers.MEI).body(Map.of("date", today, "kind", "OFF", "reason", "sick")).post(shifts(DemoUsers.HANA) + "/exceptions")
                .then().statusCode(201);

        as(DemoUsers.HANA).get(STAFF + "/me").then()
                .body("onShift", equalTo(false))
                .body("shiftEndsAt", nullValue());
        problem(as(DemoUsers.HANA).body(presence("AVAILABLE")).put(MY_PRESENCE).then(), 409, "not-on-shift");
        as(DemoUsers.HANA).get(STAFF + "/me").then().body("presence", equalTo("OFFLINE"));
        // Going AWAY or OFFLINE needs no shift.
        as(DemoUsers.HANA).body(presence("AWAY")).put(MY_PRESENCE).then().statusCode(200);
    }

    @Test
    void onShiftStaffBecomeAvailable() {
        as(DemoUsers.HANA).body(presence("AVAILABLE")).put(MY_PRESENCE).then()
                .statusCode(200)
                .body("presence", equalTo("AVAILABLE"))
                .body("onShift", equalTo(true));
    }

    @Test
    void aHeartbeatIsAcceptedFromStaff() {
        as(DemoUsers.AOI).post(HEARTBEAT).then().statusCode(204);
    }

    @ParameterizedTest
    @ValueSource(strings = {DemoUsers.SORA, DemoUsers.MEI})
    void onlyStaffSendHeartbeats(String username) {
        problem(as(username).post(HEARTBEAT).then(), 403, "forbidden");
    }

    @Test
    void heartbeatsNeedAToken() {
        problem(anonymous().post(HEARTBEAT).then(), 401, "unauthorized");
        problem(asService().post(HEARTBEAT).then(), 403, "forbidden");
    }

    @Test
    void anAvailableStaffMemberWithASilentConsoleGoesAway() {
        Instant before = Instant.now();
        as(DemoUsers.AOI).body(presence("AVAILABLE")).put(MY_PRESENCE).then().statusCode(200);

        assertThat(presence.markAway(before.plus(AWAY_AFTER).minusSeconds(1))).doesNotContain(DemoUsers.AOI);
        as(DemoUsers.AOI).get(STAFF + "/me").then().body("presence", equalTo("AVAILABLE"));

        assertThat(presence.markAway(Instant.now().plus(AWAY_AFTER).plusSeconds(1))).contains(DemoUsers.AOI);
        as(DemoUsers.AOI).get(STAFF + "/me").then().body("presence", equalTo("AWAY"));
    }

    @Test
    void heartbeatsKeepAStaffMemberAvailable() {
        as(DemoUsers.AOI).body(presence("AVAILABLE")).put(MY_PRESENCE).then().statusCode(200);
        Instant beat = Instant.now();
        as(DemoUsers.AOI).post(HEARTBEAT).then().statusCode(204);

        assertThat(presence.markAway(beat.plus(AWAY_AFTER).minusSeconds(1))).doesNotContain(DemoUsers.AOI);
        as(DemoUsers.AOI).get(STAFF + "/me").then().body("presence", equalTo("AVAILABLE"));
    }

    @Test
    void aSilentConsoleDuringACallTakesNoFurtherOffersButTheCallStaysShown() {
        as(DemoUsers.AOI).body(presence("AVAILABLE")).put(MY_PRESENCE).then().statusCode(200);
        asService().body(presence("IN_CALL")).put(STAFF + "/" + DemoUsers.AOI + "/presence").then().statusCode(200);

        assertThat(presence.markAway(Instant.now().plus(Duration.ofHours(1)))).contains(DemoUsers.AOI);
        as(DemoUsers.AOI).get(STAFF + "/me").then()
                .body("presence", equalTo("IN_CALL"))
                .body("availability", equalTo("AWAY"));
    }

    @Test
    void anAvailableStaffMemberOffShiftGoesAwayAndTheLogSaysWhy() {
        // hana goes AVAILABLE on shift; then her manager marks today off, which ends her shift.
        as(DemoUsers.HANA).body(presence("AVAILABLE")).put(MY_PRESENCE).then().statusCode(200);
        String today = LocalDate.now(ZoneId.of("Asia/Tokyo")).toString();
        as(DemoUsers.MEI).body(Map.of("date", today, "kind", "OFF", "reason", "sick")).post(shifts(DemoUsers.HANA) + "/exceptions")
                .then().statusCode(201);

        assertThat(presence.markAway(Instant.now())).contains(DemoUsers.HANA);

        as(DemoUsers.HANA).get(STAFF + "/me").then().body("presence", equalTo("AWAY")).body("availability", equalTo("AWAY"));
        as(DemoUsers.MEI).get(AUDIT + "?limit=1").then()
                .statusCode(200)
                .body("[0].actor", equalTo("system"))
                .body("[0].entityId", equalTo(DemoUsers.HANA))
                .body("[0].detail", equalTo("AVAILABLE → AWAY"));
    }
}
