package io.tsunagu.profilebridge.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

@ConfigMapping(prefix = "tsunagu.profile")
public interface ProfileConfig {

    /** How long until a behaviour signal counts half as much in the interests; recent behaviour outweighs old. */
    @WithDefault("P7D")
    Duration halfLife();

    /** Behaviour events older than this are removed by a scheduled job (checked every {@code retention-check}). */
    @WithDefault("P395D")
    Duration eventRetention();

    /** How often the retention job runs, in the scheduler's syntax ({@code 1h}, {@code 30m}). */
    @WithDefault("1h")
    String retentionCheck();

    /** How long the taxonomy read from staff-directory (products → tags) is used before it is read again. */
    @WithDefault("PT5M")
    Duration taxonomyRefresh();

    /** How many event batches are stored at once; more wait their turn (about the number of cores). */
    @WithDefault("2")
    int ingestConcurrency();

    /** How often typed intent reads the taxonomy's synonyms again, so that a manager's edit reaches it. */
    @WithDefault("PT5M")
    Duration intentRefresh();

    /** The webhook told about every finished consultation. */
    Webhook webhook();

    interface Webhook {

        /** Where to POST finished consultations; none means no webhook. */
        java.util.Optional<java.net.URI> url();

        /** The HMAC-SHA256 key the receiver checks the signature with; set it per deployment. */
        @WithDefault("dev-only-webhook-secret-change-me")
        String secret();

        /** Deliveries still failing after this many attempts are given up (and logged). */
        @WithDefault("8")
        int maxAttempts();

        /** The pause after the first failure; each further failure doubles it. */
        @WithDefault("PT10S")
        Duration firstRetry();

        /** How often the job looks for deliveries that are due, in the scheduler's syntax. */
        @WithDefault("5s")
        String every();
    }

    /** The external customer data platform, when the retailer has one. */
    Cdp cdp();

    interface Cdp {

        /** Which connector to use: {@code none} (only the built-in store) or {@code segment}. */
        @WithDefault("none")
        String connector();

        /** How long the report waits for the CDP's profile before it shows it as unavailable. */
        @WithDefault("PT0.5S")
        Duration timeout();

        /** How long a profile read from the CDP is shown again without asking the CDP. */
        @WithDefault("PT1M")
        Duration cacheFor();

        /** How often the job pushes due consultations to the CDP (retried like the webhook's), in the scheduler's syntax. */
        @WithDefault("5s")
        String every();

        /** The Segment-style connector's endpoints and keys. */
        Segment segment();
    }

    interface Segment {

        /** The Profile API's base URL, such as https://profiles.segment.com. */
        java.util.Optional<java.net.URI> profilesUrl();

        /** The Personas space whose profiles are read. */
        java.util.Optional<String> spaceId();

        /** The Profile API's access token. */
        java.util.Optional<String> accessToken();

        /** The Tracking API's base URL, such as https://api.segment.io. */
        java.util.Optional<java.net.URI> trackingUrl();

        /** The write key of the source that consultations are tracked from. */
        java.util.Optional<String> writeKey();
    }

    /** Managers' aggregated views of their stores' shoppers. */
    Insights insights();

    interface Insights {

        /** Counts of fewer shoppers than this are withheld, so that no figure points at a few people. */
        @WithDefault("5")
        int minimumGroupSize();
    }
}
