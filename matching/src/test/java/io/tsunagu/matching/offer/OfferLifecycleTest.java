package io.tsunagu.matching.offer;

import com.fasterxml.jackson.databind.JsonNode;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.InjectMock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.tsunagu.matching.client.Presence;
import io.tsunagu.matching.client.ProfileBridge;
import io.tsunagu.matching.client.Recipient;
import io.tsunagu.matching.client.Signaling;
import io.tsunagu.matching.client.StaffDirectory;
import io.tsunagu.matching.client.StaffMember;
import io.tsunagu.matching.client.StaffStatus;
import io.tsunagu.matching.support.DemoStaff;
import io.tsunagu.matching.support.Pushes;
import io.tsunagu.matching.support.Shoppers;
import io.tsunagu.matching.support.Tables;
import io.tsunagu.testing.DemoUsers;
import io.tsunagu.testing.TestShopperTickets;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.Mockito;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import static io.tsunagu.testing.ApiCalls.PROBLEM_JSON;
import static io.tsunagu.testing.ApiCalls.anonymous;
import static io.tsunagu.testing.ApiCalls.asShopper;
import static io.tsunagu.testing.ApiCalls.as;
import static io.tsunagu.matching.support.Api.problem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.timeout;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/** Offers from the matching loop to accept, decline and time-out, with the other parts mocked. */
@QuarkusTest
class OfferLifecycleTest {

    private static final String MINE = "/api/matching/offers/mine";
    private static final String OFFER = "/api/matching/offers/{id}";
    private static final String ACCEPT = OFFER + "/accept";
    private static final String DECLINE = OFFER + "/decline";
    private static final String UNKNOWN_ID = "6f1c2a52-5b0e-4a59-9c1f-0d6f4c1b2a77";
    /** The climber's interests against aoi: mountaineering 2.0 × 5 + camping 0.8 × 3 = 12.4, scaled by 100, × weight 10. */
    private static final String AOI_FIT = "0hard/0medium/12400soft";
    /** %test.tsunagu.matching.offer-timeout */
    private static final Duration TEST_OFFER_TIMEOUT = Duration.ofSeconds(4);
    private static final Duration OFFER_WAIT = Duration.ofSeconds(10);
    private static final long MOCK_WAIT_MS = 3000;
    private static final String IDEMPOTENCY_KEY = "Idempotency-Key";
    private static final String ACCEPT_KEY = "click-7f3a";

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

    private final String climber = TestShopperTickets.newVisitorId();

    @BeforeEach
    void aClimberAsksWhileAoiIsFree() {
        tables.clear();
        when(profileBridgeMock.interests(climber)).thenReturn(Shoppers.CLIMBER_INTERESTS);
        when(staffDirectoryMock.availableStaff()).thenReturn(List.of(DemoStaff.AOI));
    }

    @Test
    void theBestFitStaffMemberGetsAnOfferWithTheShopperAndTheReasons() {
        when(staffDirectoryMock.availableStaff()).thenReturn(List.of(DemoStaff.REN, DemoStaff.AOI, DemoStaff.HANA));
        String requestId = Shoppers.openRequest(climber);

        String offerId = awaitOffer(DemoUsers.AOI, requestId);

        JsonPath offer = as(DemoUsers.AOI).get(OFFER, offerId).then().statusCode(200).extract().jsonPath();
        assertThat(offer.getString("status")).isEqualTo("PENDING");
        assertThat(offer.getString("shopper.visitorId")).isEqualTo(climber);
        assertThat(offer.getString("shopper.topic")).isEqualTo(Shoppers.TOPIC);
        assertThat(offer.getList("shopper.topInterests.tag", String.class))
                .containsExactly("mountaineering", "rainwear", "camping", "trail-running", "skiing");
        assertThat(offer.getString("reasons.find { it.constraint == 'Expertise fit' }.score")).isEqualTo(AOI_FIT);
        assertThat(Duration.between(Instant.parse(offer.getString("createdAt")), Instant.parse(offer.getString("expiresAt"))))
                .isEqualTo(TEST_OFFER_TIMEOUT);
        asShopper(climber).get("/api/matching/requests/{id}", requestId).then().body("status", equalTo("OFFERED"));

        verify(staffDirectoryMock, timeout(MOCK_WAIT_MS)).setPresence(DemoUsers.AOI, Presence.OFFERED);
        await().atMost(OFFER_WAIT).until(() -> Pushes.to(signalingMock, Recipient.staff(DemoUsers.AOI), "offer-notice"), notices -> !notices.isEmpty());
        JsonNode notice = Pushes.to(signalingMock, Recipient.staff(DemoUsers.AOI), "offer-notice").get(0);
        assertThat(notice.path("offer").path("id").asText()).isEqualTo(offerId);
        await().atMost(OFFER_WAIT).until(() -> Pushes.to(signalingMock, Recipient.shopper(climber), "queue-update"), updates -> !updates.isEmpty());
        assertThat(Pushes.to(signalingMock, Recipient.shopper(climber), "queue-update").get(0).path("status").asText()).isEqualTo("OFFERED");
    }

    @Test
    void withoutConsentTheTypedTopicAloneFindsTheExpert() {
        when(staffDirectoryMock.availableStaff()).thenReturn(List.of(DemoStaff.REN, DemoStaff.HANA, DemoStaff.AOI));
        when(profileBridgeMock.intent(Shoppers.TOPIC, "ja")).thenReturn(Map.of("mountaineering", 1.0));

        String offerId = awaitOffer(DemoUsers.AOI, Shoppers.openRequest(climber, false));

        as(DemoUsers.AOI).get(OFFER, offerId).then().statusCode(200)
                .body("shopper.topInterests.tag", contains("mountaineering"));
        verify(profileBridgeMock, never()).interests(climber);
    }

    @Test
    void acceptingStartsTheConsultationAndOnlyARetryWithTheWinningKeyGetsItAgain() {
        String requestId = Shoppers.openRequest(climber);
        String offerId = awaitOffer(DemoUsers.AOI, requestId);

        String consultationId = as(DemoUsers.AOI).header(IDEMPOTENCY_KEY, ACCEPT_KEY).post(ACCEPT, offerId)
                .then().statusCode(200)
                .body("status", equalTo("ACTIVE"))
                .body("offerId", equalTo(offerId))
                .body("requestId", equalTo(requestId))
                .body("visitorId", equalTo(climber))
                .body("staffUsername", equalTo(DemoUsers.AOI))
                .extract().path("id");
        as(DemoUsers.AOI).header(IDEMPOTENCY_KEY, ACCEPT_KEY).post(ACCEPT, offerId)
                .then().statusCode(200).body("id", equalTo(consultationId));
        as(DemoUsers.AOI).post(ACCEPT, offerId)
                .then().statusCode(409).contentType(PROBLEM_JSON).body("type", equalTo(problem("offer-taken")));
        as(DemoUsers.AOI).header(IDEMPOTENCY_KEY, "another-click").post(ACCEPT, offerId)
                .then().statusCode(409).contentType(PROBLEM_JSON).body("type", equalTo(problem("offer-taken")));
        as(DemoUsers.AOI).header(IDEMPOTENCY_KEY, "k".repeat(65)).post(ACCEPT, offerId)
                .then().statusCode(400).contentType(PROBLEM_JSON);

        asShopper(climber).get("/api/matching/requests/{id}", requestId)
                .then().statusCode(200).body("status", equalTo("CONNECTED")).body("consultationId", equalTo(consultationId));
        as(DemoUsers.AOI).get(MINE).then().statusCode(200).body("$", empty());
        verify(staffDirectoryMock, timeout(MOCK_WAIT_MS)).setPresence(DemoUsers.AOI, Presence.IN_CALL);
        verify(signalingMock, timeout(MOCK_WAIT_MS)).openRoom(UUID.fromString(consultationId), climber, DemoUsers.AOI);
    }

    @Test
    void anotherStaffMemberCannotAnswerOrReadTheOfferButAManagerCanRead() {
        String offerId = awaitOffer(DemoUsers.AOI, Shoppers.openRequest(climber));

        as(DemoUsers.REN).post(ACCEPT, offerId)
                .then().statusCode(403).contentType(PROBLEM_JSON).body("type", equalTo(problem("not-your-offer")));
        as(DemoUsers.REN).post(DECLINE, offerId)
                .then().statusCode(403).contentType(PROBLEM_JSON).body("type", equalTo(problem("not-your-offer")));
        as(DemoUsers.REN).get(OFFER, offerId)
                .then().statusCode(403).contentType(PROBLEM_JSON).body("type", equalTo(problem("not-your-offer")));
        as(DemoUsers.SORA).get(OFFER, offerId).then().statusCode(200).body("staffUsername", equalTo(DemoUsers.AOI));
        as(DemoUsers.MEI).get(OFFER, offerId).then().statusCode(200).body("status", equalTo("PENDING"));
    }

    @Test
    void aDeclinedRequestGoesBackToThePoolAndIsOfferedToSomeoneElse() {
        when(staffDirectoryMock.availableStaff()).thenReturn(List.of(DemoStaff.AOI, DemoStaff.HANA));
        String requestId = Shoppers.openRequest(climber);
        String offerId = awaitOffer(DemoUsers.AOI, requestId);
        double closedTriggers = offerClosedTriggers();

        as(DemoUsers.AOI).post(DECLINE, offerId)
                .then().statusCode(200).body("status", equalTo("DECLINED")).body("id", equalTo(offerId));
        // The decline itself asked for a round, not only the periodic poll.
        await().atMost(OFFER_WAIT).until(() -> offerClosedTriggers() > closedTriggers);
        as(DemoUsers.AOI).post(DECLINE, offerId).then().statusCode(200).body("status", equalTo("DECLINED"));

        // aoi is still listed as available and still the better fit: only the declined list keeps her out.
        awaitOffer(DemoUsers.HANA, requestId);
        as(DemoUsers.AOI).get(MINE).then().statusCode(200).body("$", empty());
        verify(staffDirectoryMock, timeout(MOCK_WAIT_MS)).setPresence(DemoUsers.AOI, Presence.AVAILABLE);
        as(DemoUsers.AOI).post(ACCEPT, offerId)
                .then().statusCode(409).contentType(PROBLEM_JSON).body("type", equalTo(problem("offer-not-pending")));
    }

    @Test
    void anUnansweredOfferTimesOutAndTheStaffMemberIsSetAway() {
        String requestId = Shoppers.openRequest(climber);
        String offerId = awaitOffer(DemoUsers.AOI, requestId);
        double closedTriggers = offerClosedTriggers();

        await().atMost(OFFER_WAIT).pollInterval(Duration.ofMillis(200)).until(
                () -> as(DemoUsers.AOI).get(OFFER, offerId).then().statusCode(200).extract().path("status"),
                "TIMED_OUT"::equals);
        await().atMost(OFFER_WAIT).until(() -> offerClosedTriggers() > closedTriggers);

        verify(staffDirectoryMock, timeout(MOCK_WAIT_MS)).setPresence(DemoUsers.AOI, Presence.AWAY);
        await().atMost(OFFER_WAIT).until(() -> Pushes.to(signalingMock, Recipient.staff(DemoUsers.AOI), "offer-withdrawn"), withdrawn -> !withdrawn.isEmpty());
        JsonNode withdrawn = Pushes.to(signalingMock, Recipient.staff(DemoUsers.AOI), "offer-withdrawn").get(0);
        assertThat(withdrawn.path("offerId").asText()).isEqualTo(offerId);
        assertThat(withdrawn.path("reason").asText()).isEqualTo("TIMED_OUT");
        as(DemoUsers.AOI).post(ACCEPT, offerId)
                .then().statusCode(409).contentType(PROBLEM_JSON).body("type", equalTo(problem("offer-not-pending")));
        // aoi is still listed as available; two more rounds must leave the request waiting rather than offer it to her again.
        long roundsSoFar = roundsAskingForStaff();
        await().atMost(OFFER_WAIT).until(() -> roundsAskingForStaff() >= roundsSoFar + 2);
        asShopper(climber).get("/api/matching/requests/{id}", requestId)
                .then().statusCode(200).body("status", equalTo("WAITING")).body("position", equalTo(1));
        as(DemoUsers.AOI).get(MINE).then().statusCode(200).body("$", empty());
    }

    @Test
    void cancellingTheRequestWithdrawsItsOffer() {
        String requestId = Shoppers.openRequest(climber);
        String offerId = awaitOffer(DemoUsers.AOI, requestId);

        asShopper(climber).delete("/api/matching/requests/{id}", requestId).then().statusCode(204);

        as(DemoUsers.AOI).get(OFFER, offerId).then().statusCode(200).body("status", equalTo("CANCELLED"));
        verify(staffDirectoryMock, timeout(MOCK_WAIT_MS)).setPresence(DemoUsers.AOI, Presence.AVAILABLE);
        await().atMost(OFFER_WAIT).until(() -> Pushes.to(signalingMock, Recipient.staff(DemoUsers.AOI), "offer-withdrawn"), withdrawn -> !withdrawn.isEmpty());
        assertThat(Pushes.to(signalingMock, Recipient.staff(DemoUsers.AOI), "offer-withdrawn").get(0).path("reason").asText())
                .isEqualTo("CANCELLED");
        as(DemoUsers.AOI).post(ACCEPT, offerId).then().statusCode(409).body("type", equalTo(problem("offer-not-pending")));
    }

    @Test
    void anOfferIsRescindedWhenItsStaffMemberGoesAwayAndTheRequestIsOfferedToSomeoneElse() {
        when(staffDirectoryMock.availableStaff()).thenReturn(List.of(DemoStaff.AOI));
        String requestId = Shoppers.openRequest(climber);
        String offerId = awaitOffer(DemoUsers.AOI, requestId);

        when(staffDirectoryMock.availableStaff()).thenReturn(List.of(DemoStaff.HANA));
        when(staffDirectoryMock.roster()).thenReturn(Optional.of(List.of(
                status(DemoStaff.AOI, Presence.AWAY), status(DemoStaff.HANA, Presence.AVAILABLE))));

        await().atMost(OFFER_WAIT).until(() -> as(DemoUsers.AOI).get(OFFER, offerId).then().extract().path("status"),
                "RESCINDED"::equals);
        awaitOffer(DemoUsers.HANA, requestId);
        await().atMost(OFFER_WAIT).until(() -> Pushes.to(signalingMock, Recipient.staff(DemoUsers.AOI), "offer-withdrawn"), withdrawn -> !withdrawn.isEmpty());
        assertThat(Pushes.to(signalingMock, Recipient.staff(DemoUsers.AOI), "offer-withdrawn").get(0).path("reason").asText())
                .isEqualTo("RESCINDED");
        as(DemoUsers.AOI).post(ACCEPT, offerId).then().statusCode(409).body("type", equalTo(problem("offer-not-pending")));
        // aoi chose AWAY herself: matching does not overwrite it.
        verify(staffDirectoryMock, never()).setPresence(DemoUsers.AOI, Presence.AVAILABLE);
        verify(staffDirectoryMock, never()).setPresence(DemoUsers.AOI, Presence.AWAY);
    }

    @Test
    void aStaffMemberNeverHoldsMoreLiveOffersAndCallsThanTheirCapacity() {
        StaffMember aoiForTwo = new StaffMember(DemoUsers.AOI, "tokyo", List.of("ja", "en"), DemoStaff.AOI.expertise(),
                2, Presence.AVAILABLE);
        when(staffDirectoryMock.availableStaff()).thenReturn(List.of(aoiForTwo));
        String first = Shoppers.openRequest(climber);
        String firstOffer = awaitOffer(DemoUsers.AOI, first);
        as(DemoUsers.AOI).post(ACCEPT, firstOffer).then().statusCode(200);
        String secondShopper = TestShopperTickets.newVisitorId();
        String second = Shoppers.openRequest(secondShopper);
        as(DemoUsers.AOI).post(ACCEPT, awaitOffer(DemoUsers.AOI, second)).then().statusCode(200);

        String thirdShopper = TestShopperTickets.newVisitorId();
        String third = Shoppers.openRequest(thirdShopper);
        long roundsBefore = roundsAskingForStaff();
        await().atMost(OFFER_WAIT).until(() -> roundsAskingForStaff() >= roundsBefore + 3);

        asShopper(thirdShopper).get("/api/matching/requests/{id}", third).then().statusCode(200).body("status", equalTo("WAITING"));
        as(DemoUsers.AOI).get(MINE).then().statusCode(200).body("$", empty());
    }

    private static StaffStatus status(StaffMember member, Presence presence) {
        return new StaffStatus(member.username(), member.storeId(), member.languages(), member.maxConcurrent(), presence, true);
    }

    @Test
    void unknownAndMalformedOfferIdsAreNotFound() {
        as(DemoUsers.AOI).get(OFFER, UNKNOWN_ID).then().statusCode(404).contentType(PROBLEM_JSON).body("type", equalTo(problem("not-found")));
        as(DemoUsers.AOI).post(ACCEPT, UNKNOWN_ID).then().statusCode(404).contentType(PROBLEM_JSON);
        as(DemoUsers.AOI).post(DECLINE, UNKNOWN_ID).then().statusCode(404).contentType(PROBLEM_JSON);
        as(DemoUsers.AOI).post(ACCEPT, "not-a-uuid").then().statusCode(404).contentType(PROBLEM_JSON);
    }

    @Test
    void withoutATokenEveryOfferEndpointIsUnauthorized() {
        anonymous().get(MINE).then().statusCode(401).contentType(PROBLEM_JSON).body("type", equalTo(problem("unauthorized")));
        anonymous().get(OFFER, UNKNOWN_ID).then().statusCode(401).contentType(PROBLEM_JSON);
        anonymous().post(ACCEPT, UNKNOWN_ID).then().statusCode(401).contentType(PROBLEM_JSON);
        anonymous().post(DECLINE, UNKNOWN_ID).then().statusCode(401).contentType(PROBLEM_JSON);
    }

    @Test
    void shoppersAndManagersCannotActOnOffers() {
        asShopper(climber).get(MINE).then().statusCode(403).contentType(PROBLEM_JSON).body("type", equalTo(problem("forbidden")));
        asShopper(climber).get(OFFER, UNKNOWN_ID).then().statusCode(403).contentType(PROBLEM_JSON);
        as(DemoUsers.SORA).get(MINE).then().statusCode(403).contentType(PROBLEM_JSON);
        as(DemoUsers.SORA).post(ACCEPT, UNKNOWN_ID).then().statusCode(403).contentType(PROBLEM_JSON);
        as(DemoUsers.MEI).post(DECLINE, UNKNOWN_ID).then().statusCode(403).contentType(PROBLEM_JSON);
        asShopper(climber).post(ACCEPT, UNKNOWN_ID).then().statusCode(403).contentType(PROBLEM_JSON);
    }

    @Test
    void withoutFreeStaffNoOfferIsMade() {
        when(staffDirectoryMock.availableStaff()).thenReturn(List.of());
        String requestId = Shoppers.openRequest(climber);

        verify(staffDirectoryMock, timeout(MOCK_WAIT_MS).atLeast(2)).availableStaff();
        asShopper(climber).get("/api/matching/requests/{id}", requestId).then().statusCode(200).body("status", equalTo("WAITING"));
        assertThat(Pushes.to(signalingMock, Recipient.shopper(climber), "queue-update"))
                .isNotEmpty()
                .allSatisfy(update -> assertThat(update.path("status").asText()).isEqualTo("WAITING"));
    }

    private double offerClosedTriggers() {
        return registry.get("tsunagu.matching.round.triggers").tag("cause", "OFFER_CLOSED").counter().count();
    }

    private long roundsAskingForStaff() {
        return Mockito.mockingDetails(staffDirectoryMock).getInvocations().stream()
                .filter(invocation -> invocation.getMethod().getName().equals("availableStaff"))
                .count();
    }

    private static String awaitOffer(String staff, String requestId) {
        return await().atMost(OFFER_WAIT).pollInterval(Duration.ofMillis(100)).until(
                () -> as(staff).get(MINE).then().statusCode(200).extract().jsonPath()
                        .getString("find { it.requestId == '" + requestId + "' }.id"),
                Objects::nonNull);
    }
}
