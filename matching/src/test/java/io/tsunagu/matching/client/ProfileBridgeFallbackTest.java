package io.tsunagu.matching.client;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThatCode;

/**
 * The real wrapper against a profile-bridge that is not there (%test points it at a closed port):
 * a report-access grant that fails is logged, never thrown at the offer or the accept.
 */
@QuarkusTest
class ProfileBridgeFallbackTest {

    @Inject
    ProfileBridge profileBridge;

    @Test
    void aGrantThatCannotBeDeliveredIsSwallowed() {
        assertThatCode(() -> profileBridge.grantReportAccess("v-0123456789abcdef", "aoi", Instant.now().plusSeconds(3600)))
                .doesNotThrowAnyException();
    }
}
