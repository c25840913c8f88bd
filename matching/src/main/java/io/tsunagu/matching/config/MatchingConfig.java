package io.tsunagu.matching.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;
import java.util.List;

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

    /** How long a consultation typically lasts: nobody gets a new one when their shift ends sooner (soft). */
    @WithDefault("PT15M")
    Duration typicalConsultation();

    /**
     * How long a claimed message stays its claimer's alone: after that, unanswered, it shows as open
     * to the other staff who may take it, so that a claimer who left does not keep the shopper waiting.
     */
    @WithDefault("PT30M")
    Duration messageClaimHold();

    /** How far back a staff member's consultations count towards their load for fair load. */
    @WithDefault("PT8H")
    Duration fairLoadWindow();

    /** How requirements widen while a shopper waits. */
    RelaxationConfig relaxation();

    /** How the outbox delivers what matching owes the other parts. */
    OutboxConfig outbox();

    /** Delivery of the outbox: retries with a doubling back-off. */
    interface OutboxConfig {

        /** How often the outbox is drained without a commit waking it: retries and what a crash left behind. */
        @WithDefault("PT1S")
        Duration drainEvery();

        /** The wait after a message's first failed delivery; it doubles with each further failure. */
        @WithDefault("PT1S")
        Duration retryFirst();

        /** The longest wait between two attempts. */
        @WithDefault("PT1M")
        Duration retryMax();

        /** A message still undelivered this long after it was written is logged and dropped. */
        @WithDefault("PT1H")
        Duration giveUpAfter();

        /** How long a commit that wrote to the outbox waits for the sender before it answers. */
        @WithDefault("PT2S")
        Duration waitAfterCommit();
    }

    /** Steps of relaxation; each list after the waits has one entry more than there are waits. */
    interface RelaxationConfig {

        /** The waits after which each step starts, ascending. */
        @WithDefault("PT30S,PT90S")
        List<Duration> after();

        /** Minimum level (0–5) in the shopper's strongest interest, before the first step and after each. */
        @WithDefault("3,2,0")
        List<Integer> minimumLevel();

        /** How much of the store-affinity reward still counts (percent), before the first step and after each. */
        @WithDefault("100,50,0")
        List<Integer> storeAffinityPercent();
    }
}
