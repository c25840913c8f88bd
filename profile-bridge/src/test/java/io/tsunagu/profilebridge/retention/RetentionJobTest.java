package io.tsunagu.profilebridge.retention;

import io.quarkus.test.junit.QuarkusTest;
import io.tsunagu.testing.DemoUsers;
import io.tsunagu.testing.TestShopperTickets;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static io.tsunagu.profilebridge.ApiTesting.REPORT;
import static io.tsunagu.profilebridge.ApiTesting.event;
import static io.tsunagu.profilebridge.ApiTesting.record;
import static io.tsunagu.testing.ApiCalls.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;

@QuarkusTest
class RetentionJobTest {

    /** The default retention, P395D. */
    private static final Duration RETENTION = Duration.ofDays(395);

    @Inject
    RetentionJob job;

    @Test
    void eventsOlderThanTheRetentionAreRemovedAndNewerOnesKept() {
        String visitor = TestShopperTickets.newVisitorId();
        Instant now = Instant.now();
        record(visitor, List.of(
                event("product_view", "p-expired", List.of("camping"), now.minus(RETENTION).minus(Duration.ofDays(1))),
                event("product_view", "p-kept", List.of("camping"), now.minus(RETENTION).plus(Duration.ofDays(1)))));

        assertThat(job.removeExpiredEvents()).isGreaterThanOrEqualTo(1);

        as(DemoUsers.MEI).get(REPORT, visitor).then().statusCode(200).body("recentProducts.productId", contains("p-kept"));
        // The half-hour activity of the removed event goes with it; the kept one's stays.
        as(DemoUsers.MEI).get("/api/profile-bridge/shoppers/{visitorId}/export", visitor).then().statusCode(200)
                .body("activity.events", contains(1));
        assertThat(job.removeExpiredEvents()).isZero();
    }
}
