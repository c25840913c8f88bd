package io.tsunagu.signaling.room;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.tsunagu.signaling.Rooms;
import io.tsunagu.signaling.TestSocket;
import io.tsunagu.signaling.client.RecordingMatching;
import io.tsunagu.signaling.connection.Participant;
import io.tsunagu.signaling.resume.Pauses;
import io.tsunagu.testing.DemoUsers;
import io.tsunagu.testing.TestShopperTickets;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

@QuarkusTest
class RoomCleanupTest {

    /** Older than the default tsunagu.signaling.room.max-age of 12 hours. */
    private static final Duration STALE_AGE = Duration.ofHours(13);

    @TestHTTPResource("/")
    URI baseUri;

    @Inject
    RoomCleanup cleanup;

    @Inject
    RoomRepository repository;

    @Inject
    Pauses pauses;

    @Inject
    RecordingMatching matching;

    @Test
    void aRoomWhosePeerStayedAwayPastTheGracePeriodIsEndedAndMatchingIsTold() {
        String visitorId = TestShopperTickets.newVisitorId();
        UUID abandoned = Rooms.open(visitorId, DemoUsers.HANA);
        UUID paused = Rooms.open(TestShopperTickets.newVisitorId(), DemoUsers.HANA);
        try (TestSocket staff = TestSocket.staff(baseUri, DemoUsers.HANA)) {
            staff.send("{\"type\":\"join\",\"consultationId\":\"%s\"}".formatted(abandoned));
            staff.next("joined");
            // The shopper dropped long ago in one room, and a moment ago in the other.
            pauses.pause(abandoned, Participant.shopper(visitorId), Instant.now().minus(Duration.ofMinutes(5)));
            pauses.pause(paused, Participant.staff(DemoUsers.HANA), Instant.now());

            // The scheduled sweep may take it first (every second in tests): either way the effects below follow.
            assertThat(cleanup.endAbandonedRooms()).doesNotContain(paused);
            staff.next("peer-left", abandoned);
            staff.next("call-end", abandoned);
            assertThat(matching.ended()).contains(abandoned).doesNotContain(paused);
        }
        assertThat(QuarkusTransaction.requiringNew().call(() -> repository.findById(abandoned).endedAt)).isNotNull();
        assertThat(QuarkusTransaction.requiringNew().call(() -> repository.findById(paused).endedAt)).isNull();
        Rooms.end(paused);
    }

    @Test
    void roomsOpenLongerThanTheMaximumAreEndedAndCannotBeJoined() {
        String visitorId = TestShopperTickets.newVisitorId();
        UUID stale = Rooms.open(visitorId, DemoUsers.AOI);
        UUID fresh = Rooms.open(visitorId, DemoUsers.AOI);
        QuarkusTransaction.requiringNew().run(() -> repository.findById(stale).createdAt = Instant.now().minus(STALE_AGE));

        try (TestSocket shopper = TestSocket.shopper(baseUri, visitorId)) {
            cleanup.endStaleRooms();
            assertThat(shopper.next("call-end").path("consultationId").asText()).isEqualTo(stale.toString());

            shopper.send("{\"type\":\"join\",\"consultationId\":\"%s\"}".formatted(stale));
            assertThat(shopper.next("error").path("code").asText()).isEqualTo("ROOM_ENDED");
            shopper.send("{\"type\":\"join\",\"consultationId\":\"%s\"}".formatted(fresh));
            shopper.next("joined");
        }
        assertThat(QuarkusTransaction.requiringNew().call(() -> repository.findById(stale).endedAt)).isNotNull();
        assertThat(QuarkusTransaction.requiringNew().call(() -> repository.findById(fresh).endedAt)).isNull();
    }
}
