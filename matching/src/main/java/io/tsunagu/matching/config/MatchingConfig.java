package io.tsunagu.matching.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/**
 * Matching's settings. The two intervals are read by the {@code @Scheduled} jobs through the same
 * keys; they are declared here so that every key under the prefix is typed and documented.
 */
@ConfigMapping(prefix = "tsunagu.matching")
public interface MatchingConfig {

    /** How long a staff member has to accept or decline an offer before it times out. */
    @WithDefault("PT20S")
    Duration offerTimeout();

    /** How often the solver runs without a trigger; presence changes in staff-directory are seen this way. */
    @WithDefault("PT2S")
    Duration solveEvery();

    /** How often pending offers past their countdown are timed out. */
    @WithDefault("PT1S")
    Duration expiryCheckEvery();

    /** Handle time assumed for queue estimates until consultations have ended. */
    @WithDefault("PT5M")
    Duration defaultHandleTime();

    /** How many of the latest ended consultations the mean handle time is taken over. */
    @WithDefault("50")
    int handleTimeSample();

    /** How many of the shopper's strongest interests an offer shows the staff member. */
    @WithDefault("5")
    int interestsShown();
}
