package io.tsunagu.matching.availability;

import com.fasterxml.jackson.databind.JsonNode;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.InjectMock;
import io.quarkus.test.junit.QuarkusTest;
import io.tsunagu.matching.client.Presence;
import io.tsunagu.matching.client.ProfileBridge;
import io.tsunagu.matching.client.Recipient;
import io.tsunagu.matching.client.Signaling;
import io.tsunagu.matching.client.StaffDirectory;
import io.tsunagu.matching.client.StaffStatus;
import io.tsunagu.matching.support.Pushes;
import io.tsunagu.matching.support.Shoppers;
import io.tsunagu.matching.support.Tables;
import io.tsunagu.testing.DemoUsers;
import io.tsunagu.testing.TestShopperTickets;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import static io.tsunagu.matching.support.Api.problem;
import static io.tsunagu.testing.ApiCalls.PROBLEM_JSON;
import static io.tsunagu.testing.ApiCalls.anonymous;
import static io.tsunagu.testing.ApiCalls.as;
import static io.tsunagu.testing.ApiCalls.asShopper;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.mockito.Mockito.when;

/**
 * Queue positions and estimated waits, in the request, in queue-update pushes and for the widget.
 * No ended consultations: the handle time is the default 300 s (tsunagu.matching.default-handle-time).
 */
@QuarkusTest
class QueueOutlookTest {

    private static final String AVAILABILITY = "/api/matching/availability";
    private static final String REQUEST = "/api/matching/requests/{id}";
    private static final Duration WAIT = Duration.ofSeconds(10);
    /** aoi and hana speak Japanese and are on shift but busy; ren is off shift. */
    private static final List<StaffStatus> BUSY_ROSTER = List.of(
            new StaffStatus(DemoUsers.AOI, "tokyo", List.of("ja", "en"), 1, Presence.IN_CALL, true),
            new StaffStatus(DemoUsers.HANA, "sapporo", List.of("ja", "en", "zh"), 1, Presence.WRAP_UP, true),
            new StaffStatus(DemoUsers.REN, "osaka", List.of("ja"), 1, Presence.OFFLINE, false));

    @InjectMock
    StaffDirectory staffDirectoryMock;
    @InjectMock
    ProfileBridge profileBridgeMock;
    @InjectMock
    Signaling signalingMock;
    @Inject
    Tables tables;
    @Inject
    MeterRegistry registry;

    @BeforeEach
    void nobodyIsFree() {
        tables.clear();
        when(staffDirectoryMock.availableStaff()).thenReturn(List.of());
        when(staffDirectoryMock.roster()).thenReturn(Optional.of(BUSY_ROSTER));
    }

    @Test
    void shoppersSeeTheirPositionAndWaitAndMoveUpWhenSomeoneAheadLeaves() {
        String first = TestShopperTickets.newVisitorId();
        String second = TestShopperTickets.newVisitorId();
        String firstRequest = Shoppers.openRequest(first);
        String secondRequest = Shoppers.openRequest(second);

        // Two Japanese speakers on shift, none free: ⌈1 × 300 / 2⌉ and ⌈2 × 300 / 2⌉.
        await().atMost(WAIT).untilAsserted(() -> asShopper(second).get(REQUEST, secondRequest).then().statusCode(200)
                .body("position", equalTo(2)).body("estimatedWaitSeconds", equalTo(300)));
        asShopper(first).get(REQUEST, firstRequest).then().statusCode(200)
                .body("position", equalTo(1)).body("estimatedWaitSeconds", equalTo(150));
        await().atMost(WAIT).until(() -> lastQueueUpdate(second), update -> update != null
                && update.path("position").asInt() == 2 && update.path("estimatedWaitSeconds").asInt() == 300);
        double cancelTriggers = triggers("REQUEST_CANCELLED");

        asShopper(first).delete(REQUEST, firstRequest).then().statusCode(204);

        await().atMost(WAIT).until(() -> lastQueueUpdate(second), update -> update.path("position").asInt() == 1
                && update.path("estimatedWaitSeconds").asInt() == 150 && update.path("status").asText().equals("WAITING"));
        assertThat(triggers("REQUEST_CANCELLED")).isGreaterThan(cancelTriggers);
        asShopper(first).get(REQUEST, firstRequest).then().statusCode(200)
                .body("position", nullValue()).body("estimatedWaitSeconds", nullValue());
    }

    @Test
    void theWidgetSeesWhoIsOnShiftAndFreeWithoutAnyToken() {
        when(staffDirectoryMock.roster()).thenReturn(Optional.of(List.of(
                new StaffStatus(DemoUsers.AOI, "tokyo", List.of("ja", "en"), 1, Presence.AVAILABLE, true),
                new StaffStatus(DemoUsers.HANA, "sapporo", List.of("ja", "en", "zh"), 1, Presence.IN_CALL, true),
                new StaffStatus(DemoUsers.REN, "osaka", List.of("ja"), 1, Presence.WRAP_UP, true))));

        await().atMost(WAIT).untilAsserted(() -> anonymous().queryParam("language", "ja").get(AVAILABILITY)
                .then().statusCode(200)
                .body("available", equalTo(true))
                .body("staffOnShift", equalTo(3))
                .body("staffAvailable", equalTo(1))
                .body("queueLength", equalTo(0))
                .body("estimatedWaitSeconds", equalTo(0)));
        // Only hana speaks Chinese, and she is in a call: one handle time.
        anonymous().queryParam("language", "zh").get(AVAILABILITY).then().statusCode(200)
                .body("available", equalTo(true)).body("staffAvailable", equalTo(0)).body("estimatedWaitSeconds", equalTo(300));
        anonymous().queryParam("language", "fr").get(AVAILABILITY).then().statusCode(200)
                .body("available", equalTo(false)).body("staffOnShift", equalTo(0)).body("estimatedWaitSeconds", nullValue());
        anonymous().get(AVAILABILITY).then().statusCode(200).body("staffOnShift", equalTo(3));
        // A token changes nothing: the answer is the same for everyone.
        as(DemoUsers.AOI).queryParam("language", "ja").get(AVAILABILITY).then().statusCode(200).body("staffOnShift", equalTo(3));
        asShopper().queryParam("language", "ja").get(AVAILABILITY).then().statusCode(200).body("staffOnShift", equalTo(3));
    }

    @Test
    void aMalformedLanguageIsABadRequest() {
        anonymous().queryParam("language", "JA-jp").get(AVAILABILITY)
                .then().statusCode(400).contentType(PROBLEM_JSON).body("type", equalTo(problem("invalid-request")));
    }

    private JsonNode lastQueueUpdate(String visitorId) {
        List<JsonNode> updates = Pushes.to(signalingMock, Recipient.shopper(visitorId), "queue-update");
        return updates.isEmpty() ? null : updates.get(updates.size() - 1);
    }

    private double triggers(String cause) {
        return registry.get("tsunagu.matching.round.triggers").tag("cause", cause).counter().count();
    }
}
