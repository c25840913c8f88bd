package io.tsunagu.staffdirectory.presence;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.tsunagu.staffdirectory.staff.StaffRepository;
import io.tsunagu.testing.DemoUsers;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static io.tsunagu.staffdirectory.ApiTesting.STAFF;
import static io.tsunagu.staffdirectory.ApiTesting.resetPresence;
import static io.tsunagu.testing.ApiCalls.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/**
 * The console's first heartbeat and its AVAILABLE click arrive together. The heartbeat reads the staff
 * member without the row lock; when it commits after the presence change, it must write only when it last
 * heard from the console, not the presence it read before (which once set a staff member back to OFFLINE).
 */
@QuarkusTest
class ConcurrentHeartbeatTest {

    private static final long STEP_SECONDS = 10;

    @Inject
    StaffRepository staff;
    @Inject
    PresenceService presence;

    @BeforeEach
    void everyoneOffline() {
        resetPresence();
    }

    @Test
    void aHeartbeatReadBeforeAPresenceChangeDoesNotUndoIt() throws Exception {
        CountDownLatch read = new CountDownLatch(1);
        CountDownLatch changed = new CountDownLatch(1);
        CompletableFuture<Void> heartbeat = CompletableFuture.runAsync(() -> QuarkusTransaction.requiringNew().run(() -> {
            staff.findById(DemoUsers.AOI).seen(Instant.now());
            read.countDown();
            await(changed);
        }));
        await(read);

        presence.changeOwn(DemoUsers.AOI, new PresenceChange("AVAILABLE"));
        changed.countDown();
        heartbeat.get(STEP_SECONDS, TimeUnit.SECONDS);

        as(DemoUsers.AOI).get(STAFF + "/me").then().statusCode(200)
                .body("presence", equalTo("AVAILABLE"))
                .body("availability", equalTo("AVAILABLE"));
        assertThat(heartbeat).isCompleted();
    }

    private static void await(CountDownLatch latch) {
        try {
            assertThat(latch.await(STEP_SECONDS, TimeUnit.SECONDS)).isTrue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
