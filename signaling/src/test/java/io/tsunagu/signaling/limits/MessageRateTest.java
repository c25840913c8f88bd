package io.tsunagu.signaling.limits;

import io.tsunagu.signaling.limits.MessageRate.Allowance;
import io.tsunagu.signaling.limits.MessageRate.Budget;
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

    private static final int CANDIDATES_PER_SECOND = 10;
    private static final int CANDIDATE_BURST = 100;

    private final MessageRate rate = new MessageRate(new Allowance(PER_SECOND, BURST), new Allowance(CANDIDATES_PER_SECOND, CANDIDATE_BURST),
            ABUSE_REJECTIONS, ABUSE_WINDOW, START);

    @Test
    void aQuietSocketMaySendTheBurstAtOnceAndNoMore() {
        for (int i = 0; i < BURST; i++) {
            assertThat(rate.take(Budget.MESSAGES, START)).as("message %d", i).isEqualTo(Verdict.ACCEPT);
        }
        assertThat(rate.take(Budget.MESSAGES, START)).isEqualTo(Verdict.REFUSE);
    }

    @Test
    void theBucketRefillsAtTheSustainedRate() {
        drainBurst();
        long oneSecondLater = START + ONE_SECOND;
        for (int i = 0; i < PER_SECOND; i++) {
            assertThat(rate.take(Budget.MESSAGES, oneSecondLater)).as("message %d", i).isEqualTo(Verdict.ACCEPT);
        }
        assertThat(rate.take(Budget.MESSAGES, oneSecondLater)).isEqualTo(Verdict.REFUSE);
    }

    @Test
    void theSustainedRateIsAcceptedIndefinitely() {
        drainBurst();
        long interval = ONE_SECOND / PER_SECOND;
        for (int i = 1; i <= 10 * PER_SECOND; i++) {
            assertThat(rate.take(Budget.MESSAGES, START + i * interval)).as("message %d", i).isEqualTo(Verdict.ACCEPT);
        }
    }

    @Test
    void tooManyRefusalsWithinTheWindowClose() {
        drainBurst();
        for (int i = 0; i < ABUSE_REJECTIONS; i++) {
            assertThat(rate.take(Budget.MESSAGES, START)).as("refusal %d", i).isEqualTo(Verdict.REFUSE);
        }
        assertThat(rate.take(Budget.MESSAGES, START)).isEqualTo(Verdict.CLOSE);
    }

    @Test
    void refusalsSpreadOverSeveralWindowsDoNotClose() {
        drainBurst();
        for (int i = 0; i < ABUSE_REJECTIONS; i++) {
            assertThat(rate.take(Budget.MESSAGES, START)).isEqualTo(Verdict.REFUSE);
        }
        // A new window: the count starts again. The bucket, refilled meanwhile, is drained first.
        long nextWindow = START + ABUSE_WINDOW.toNanos() + 1;
        for (int i = 0; i < BURST; i++) {
            assertThat(rate.take(Budget.MESSAGES, nextWindow)).isEqualTo(Verdict.ACCEPT);
        }
        assertThat(rate.take(Budget.MESSAGES, nextWindow)).isEqualTo(Verdict.REFUSE);
    }

    @Test
    void iceCandidatesHaveABudgetOfTheirOwn() {
        drainBurst();
        assertThat(rate.take(Budget.MESSAGES, START)).isEqualTo(Verdict.REFUSE);
        for (int i = 0; i < CANDIDATE_BURST; i++) {
            assertThat(rate.take(Budget.ICE_CANDIDATES, START)).as("candidate %d", i).isEqualTo(Verdict.ACCEPT);
        }
        assertThat(rate.take(Budget.ICE_CANDIDATES, START)).isEqualTo(Verdict.REFUSE);
        // The candidates spent nothing of the other budget: it refills at its own rate.
        long oneSecondLater = START + ONE_SECOND;
        for (int i = 0; i < PER_SECOND; i++) {
            assertThat(rate.take(Budget.MESSAGES, oneSecondLater)).as("message %d", i).isEqualTo(Verdict.ACCEPT);
        }
        for (int i = 0; i < CANDIDATES_PER_SECOND; i++) {
            assertThat(rate.take(Budget.ICE_CANDIDATES, oneSecondLater)).as("candidate %d", i).isEqualTo(Verdict.ACCEPT);
        }
        assertThat(rate.take(Budget.ICE_CANDIDATES, oneSecondLater)).isEqualTo(Verdict.REFUSE);
    }

    @Test
    void refusalsFromBothBudgetsCountTowardsClosing() {
        drainBurst();
        for (int i = 0; i < CANDIDATE_BURST; i++) {
            rate.take(Budget.ICE_CANDIDATES, START);
        }
        for (int i = 0; i < ABUSE_REJECTIONS; i++) {
            Budget budget = i % 2 == 0 ? Budget.MESSAGES : Budget.ICE_CANDIDATES;
            assertThat(rate.take(budget, START)).as("refusal %d", i).isEqualTo(Verdict.REFUSE);
        }
        assertThat(rate.take(Budget.ICE_CANDIDATES, START)).isEqualTo(Verdict.CLOSE);
    }

    private void drainBurst() {
        for (int i = 0; i < BURST; i++) {
            rate.take(Budget.MESSAGES, START);
        }
    }
}
