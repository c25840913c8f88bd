package io.tsunagu.matching.client;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The real wrapper against a profile-bridge that is not there (%test points it at a closed port): a
 * report-access grant that cannot be delivered throws, so that the outbox keeps it and retries
 * (the offer itself was committed before, and never waits for it).
 */
@QuarkusTest
class ProfileBridgeUnreachableTest {

    @Inject
    ProfileBridge profileBridge;

    @Test
    void aGrantThatCannotBeDeliveredThrowsForTheOutboxToRetry() {
        assertThatThrownBy(() -> profileBridge.grantReportAccess("v-0123456789abcdef", "aoi", Instant.now().plusSeconds(3600)))
                .isInstanceOf(RuntimeException.class);
    }
}
