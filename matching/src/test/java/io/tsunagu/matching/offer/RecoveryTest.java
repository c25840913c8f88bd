package io.tsunagu.matching.offer;

import io.quarkus.test.InjectMock;
import io.quarkus.test.junit.QuarkusTest;
import io.tsunagu.matching.client.Presence;
import io.tsunagu.matching.client.ProfileBridge;
import io.tsunagu.matching.client.Signaling;
import io.tsunagu.matching.client.StaffDirectory;
import io.tsunagu.matching.kpi.KpiFixture;
import io.tsunagu.matching.request.RequestRepository;
import io.tsunagu.matching.request.RequestStatus;
import io.tsunagu.matching.support.Tables;
import io.tsunagu.testing.DemoUsers;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.timeout;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/**
 * What a {@code kill -9} leaves behind, written straight into the tables, and the recovery that
 * runs at start: an offer whose countdown ran out while matching was down is timed out and its
 * request queued again; a live offer and an active call keep their staff members OFFERED and
 * IN_CALL in staff-directory; nobody holds two reservations. (The test cannot kill its own JVM:
 * it runs the start-up recovery on the state a crash leaves.)
 */
@QuarkusTest
class RecoveryTest {

    @InjectMock
    StaffDirectory staffDirectoryMock;
    @InjectMock
    ProfileBridge profileBridgeMock;
    @InjectMock
    Signaling signalingMock;
    @Inject
    Tables tables;
    @Inject
    KpiFixture fixture;
    @Inject
    Recovery recovery;
    @Inject
    RequestRepository requests;
    @Inject
    OfferRepository offers;

    @BeforeEach
    void nobodyIsListedFree() {
        tables.clear();
        when(staffDirectoryMock.availableStaff()).thenReturn(List.of());
    }

    @Test
    void expiredOffersAreTimedOutAndLiveReservationsAreReasserted() {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        UUID expiredRequest = fixture.request(now.minusSeconds(300).toString(), "OFFERED", "{}");
        UUID expiredOffer = fixture.offer(expiredRequest, DemoUsers.REN, "osaka", "PENDING", now.minusSeconds(120).toString(), null);
        UUID liveRequest = fixture.request(now.minusSeconds(10).toString(), "OFFERED", "{}");
        UUID liveOffer = fixture.offer(liveRequest, DemoUsers.AOI, "tokyo", "PENDING", now.toString(), null);
        UUID callRequest = fixture.request(now.minusSeconds(600).toString(), "CONNECTED", "{}");
        UUID acceptedOffer = fixture.offer(callRequest, DemoUsers.HANA, "sapporo", "ACCEPTED",
                now.minusSeconds(590).toString(), now.minusSeconds(585).toString());
        fixture.consultation(callRequest, acceptedOffer, DemoUsers.HANA, "sapporo", now.minusSeconds(585).toString(), null, null);

        Recovery.Recovered recovered = recovery.recover();

        assertThat(recovered.presences()).containsExactlyInAnyOrderEntriesOf(Map.of(
                DemoUsers.AOI, Presence.OFFERED, DemoUsers.HANA, Presence.IN_CALL));
        verify(staffDirectoryMock, timeout(3000)).setPresence(DemoUsers.AOI, Presence.OFFERED);
        verify(staffDirectoryMock, timeout(3000)).setPresence(DemoUsers.HANA, Presence.IN_CALL);
        // Timed out by the recovery or, a moment earlier, by the expiry job: either way, at once.
        assertThat(statusOf(expiredOffer)).isEqualTo(OfferStatus.TIMED_OUT);
        assertThat(requestStatus(expiredRequest)).isEqualTo(RequestStatus.WAITING);
        assertThat(statusOf(liveOffer)).isEqualTo(OfferStatus.PENDING);
        assertThat(requestStatus(liveRequest)).isEqualTo(RequestStatus.OFFERED);
        assertThat(livePerStaff()).allSatisfy((staff, count) -> assertThat(count).isEqualTo(1L));
    }

    @Transactional
    OfferStatus statusOf(UUID offerId) {
        return offers.findById(offerId).getStatus();
    }

    @Transactional
    RequestStatus requestStatus(UUID requestId) {
        return requests.findById(requestId).getStatus();
    }

    @Transactional
    Map<String, Long> livePerStaff() {
        return offers.pendingByStaff();
    }
}
