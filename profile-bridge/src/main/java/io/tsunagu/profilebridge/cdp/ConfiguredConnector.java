package io.tsunagu.profilebridge.cdp;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.tsunagu.profilebridge.config.ProfileConfig;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Optional;
import java.util.function.Supplier;

/** The connector {@code tsunagu.profile.cdp.connector} names, checked at start-up; empty for {@code none}. */
@ApplicationScoped
public class ConfiguredConnector {

    private final Optional<CdpConnector> connector;

    ConfiguredConnector(ProfileConfig config, ObjectMapper json) {
        this.connector = switch (config.cdp().connector()) {
            case "none" -> Optional.empty();
            case "segment" -> {
                ProfileConfig.Segment segment = config.cdp().segment();
                yield Optional.of(new SegmentConnector(required(segment::profilesUrl, "profiles-url"), required(segment::spaceId, "space-id"),
                        required(segment::accessToken, "access-token"), required(segment::trackingUrl, "tracking-url"),
                        required(segment::writeKey, "write-key"), json));
            }
            default -> throw new IllegalStateException("tsunagu.profile.cdp.connector must be none or segment, not "
                    + config.cdp().connector());
        };
    }

    private static <T> T required(Supplier<Optional<T>> value, String key) {
        return value.get().orElseThrow(() -> new IllegalStateException(
                "tsunagu.profile.cdp.segment." + key + " is required by the segment connector"));
    }

    public Optional<CdpConnector> get() {
        return connector;
    }
}
