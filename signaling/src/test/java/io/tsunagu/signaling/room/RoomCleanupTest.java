package io.tsunagu.signaling.room;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.tsunagu.signaling.Rooms;
import io.tsunagu.signaling.TestSocket;
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
