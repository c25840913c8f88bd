package io.tsunagu.matching.presence;

import io.quarkus.test.InjectMock;
import io.quarkus.test.junit.QuarkusTest;
import io.tsunagu.matching.client.Presence;
import io.tsunagu.matching.client.ProfileBridge;
import io.tsunagu.matching.client.Signaling;
import io.tsunagu.matching.client.StaffDirectory;
import io.tsunagu.matching.client.StaffMember;
import io.tsunagu.matching.support.DemoStaff;
import io.tsunagu.matching.support.Shoppers;
import io.tsunagu.matching.support.Tables;
import io.tsunagu.testing.DemoUsers;
import io.tsunagu.testing.TestShopperTickets;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.Mockito;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

import static io.tsunagu.testing.ApiCalls.as;
import static io.tsunagu.testing.ApiCalls.asShopper;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.mockito.Mockito.when;

/**
 * A staff member who may hold two consultations is listed by staff-directory as IN_CALL while their
 * first call runs, with their own choice still AVAILABLE: matching counts the call against their
 * capacity and offers them a second shopper; a staff member who may hold one is not offered one.
 */
@QuarkusTest
class MultiSlotStaffTest {

    private static final String MINE = "/api/matching/offers/mine";
    private static final String ACCEPT = "/api/matching/offers/{id}/accept";
    private static final Duration OFFER_WAIT = Duration.ofSeconds(10);
    private static final int ROUNDS_TO_WATCH = 3;

    @InjectMock
    StaffDirectory staffDirectoryMock;
    @InjectMock
    ProfileBridge profileBridgeMock;
    @InjectMock
    Signaling signalingMock;
    @Inject
    Tables tables;
    @Inject
    ShownPresence shownPresence;

    private final String firstShopper = TestShopperTickets.newVisitorId();
    private final String secondShopper = TestShopperTickets.newVisitorId();

    @BeforeEach
    void clean() {
        tables.clear();
        when(profileBridgeMock.interests(firstShopper)).thenReturn(Shoppers.CLIMBER_INTERESTS);
        when(profileBridgeMock.interests(secondShopper)).thenReturn(Shoppers.CLIMBER_INTERESTS);
    }

    @Test
    void aStaffMemberForTwoGetsASecondOfferWhileTheFirstCallRuns() {
        inACallWithCapacity(2);

        String secondOffer = awaitOffer(Shoppers.openRequest(secondShopper));

        assertThat(secondOffer).isNotNull();
        // Declining or losing the second offer must not show a staff member in a call as free.
        assertThat(shownPresence.of(DemoUsers.AOI, Presence.AVAILABLE)).isEqualTo(Presence.IN_CALL);
        assertThat(shownPresence.of(DemoUsers.AOI, Presence.OFFERED)).isEqualTo(Presence.IN_CALL);
        assertThat(shownPresence.of(DemoUsers.AOI, Presence.AWAY)).isEqualTo(Presence.AWAY);
    }

    @Test
    void aStaffMemberForOneGetsNoSecondOfferWhileTheFirstCallRuns() {
        inACallWithCapacity(1);

        String second = Shoppers.openRequest(secondShopper);
        long roundsBefore = roundsAskingForStaff();
        await().atMost(OFFER_WAIT).until(() -> roundsAskingForStaff() >= roundsBefore + ROUNDS_TO_WATCH);

        asShopper(secondShopper).get("/api/matching/requests/{id}", second).then().statusCode(200)
                .body("status", equalTo("WAITING"));
    }

    @Test
    void aPendingOfferIsShownOverFreeAgainAndNothingLiveLetsTheAnnouncementThrough() {
        when(staffDirectoryMock.availableStaff()).thenReturn(List.of(member(2, Presence.AVAILABLE)));
        assertThat(shownPresence.of(DemoUsers.AOI, Presence.AVAILABLE)).isEqualTo(Presence.AVAILABLE);

        awaitOffer(Shoppers.openRequest(firstShopper));

        assertThat(shownPresence.of(DemoUsers.AOI, Presence.AVAILABLE)).isEqualTo(Presence.OFFERED);
        assertThat(shownPresence.of(DemoUsers.AOI, Presence.WRAP_UP)).isEqualTo(Presence.WRAP_UP);
    }

    /** aoi accepted the first shopper; staff-directory now lists her IN_CALL, her own choice still AVAILABLE. */
    private void inACallWithCapacity(int capacity) {
        when(staffDirectoryMock.availableStaff()).thenReturn(List.of(member(capacity, Presence.AVAILABLE)));
        as(DemoUsers.AOI).post(ACCEPT, awaitOffer(Shoppers.openRequest(firstShopper))).then().statusCode(200);
        when(staffDirectoryMock.availableStaff()).thenReturn(List.of(member(capacity, Presence.IN_CALL)));
    }

    private static StaffMember member(int capacity, Presence shown) {
        StaffMember aoi = DemoStaff.AOI;
        return new StaffMember(aoi.username(), aoi.storeId(), aoi.languages(), aoi.expertise(), capacity, shown,
                null, true, null, Presence.AVAILABLE);
    }

    private long roundsAskingForStaff() {
        return Mockito.mockingDetails(staffDirectoryMock).getInvocations().stream()
                .filter(invocation -> invocation.getMethod().getName().equals("availableStaff"))
                .count();
    }

    private static String awaitOffer(String requestId) {
        return await().atMost(OFFER_WAIT).pollInterval(Duration.ofMillis(100)).until(
                () -> as(DemoUsers.AOI).get(MINE).then().statusCode(200).extract().jsonPath()
                        .getString("find { it.requestId == '" + requestId + "' }.id"),
                Objects::nonNull);
    }
}
