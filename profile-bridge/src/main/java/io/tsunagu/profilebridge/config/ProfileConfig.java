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
}
