package io.tsunagu.signaling.limits;

import io.tsunagu.signaling.limits.MessageRate.Verdict;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

class MessageRateTest {

    private static final int PER_SECOND = 20;
    private static final int BURST = 50;
    private static final int ABUSE_REJECTIONS = 100;
    private static final Duration ABUSE_WINDOW = Duration.ofSeconds(10);
    private static final long START = 1_000_000_000L;
    private static final long ONE_SECOND = Duration.ofSeconds(1).toNanos();

    private final MessageRate rate = new MessageRate(PER_SECOND, BURST, ABUSE_REJECTIONS, ABUSE_WINDOW, START);

    @Test
    void aQuietSocketMaySendTheBurstAtOnceAndNoMore() {
        for (int i = 0; i < BURST; i++) {
            assertThat(rate.take(START)).as("message %d", i).isEqualTo(Verdict.ACCEPT);
        }
        assertThat(rate.take(START)).isEqualTo(Verdict.REFUSE);
    }

    @Test
    void theBucketRefillsAtTheSustainedRate() {
        drainBurst();
        long oneSecondLater = START + ONE_SECOND;
        for (int i = 0; i < PER_SECOND; i++) {
            assertThat(rate.take(oneSecondLater)).as("message %d", i).isEqualTo(Verdict.ACCEPT);
        }
        assertThat(rate.take(oneSecondLater)).isEqualTo(Verdict.REFUSE);
    }

    @Test
    void theSustainedRateIsAcceptedIndefinitely() {
        drainBurst();
        long interval = ONE_SECOND / PER_SECOND;
        for (int i = 1; i <= 10 * PER_SECOND; i++) {
            assertThat(rate.take(START + i * interval)).as("message %d", i).isEqualTo(Verdict.ACCEPT);
        }
    }

    @Test
    void tooManyRefusalsWithinTheWindowClose() {
        drainBurst();
        for (int i = 0; i < ABUSE_REJECTIONS; i++) {
            assertThat(rate.take(START)).as("refusal %d", i).isEqualTo(Verdict.REFUSE);
        }
        assertThat(rate.take(START)).isEqualTo(Verdict.CLOSE);
    }

    @Test
    void refusalsSpreadOverSeveralWindowsDoNotClose() {
        drainBurst();
        for (int i = 0; i < ABUSE_REJECTIONS; i++) {
            assertThat(rate.take(START)).isEqualTo(Verdict.REFUSE);
        }
        // A new window: the count starts again. The bucket, refilled meanwhile, is drained first.
        long nextWindow = START + ABUSE_WINDOW.toNanos() + 1;
        for (int i = 0; i < BURST; i++) {
            assertThat(rate.take(nextWindow)).isEqualTo(Verdict.ACCEPT);
        }
        assertThat(rate.take(nextWindow)).isEqualTo(Verdict.REFUSE);
    }

    private void drainBurst() {
        for (int i = 0; i < BURST; i++) {
            rate.take(START);
        }
    }
}
