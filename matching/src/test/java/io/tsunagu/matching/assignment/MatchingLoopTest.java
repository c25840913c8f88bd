package io.tsunagu.matching.assignment;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The loop's coalescing, with a round that the test holds open. */
class MatchingLoopTest {

    private static final int TRIGGERS_DURING_A_ROUND = 50;

    @Test
    void triggersDuringARoundCauseExactlyOneMoreRound() throws InterruptedException {
        CountDownLatch firstRoundStarted = new CountDownLatch(1);
        CountDownLatch releaseFirstRound = new CountDownLatch(1);
        AtomicInteger rounds = new AtomicInteger();
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        MatchingLoop loop = new MatchingLoop(() -> {
            if (rounds.incrementAndGet() == 1) {
                firstRoundStarted.countDown();
                awaitQuietly(releaseFirstRound);
            }
        }, registry);

        loop.trigger(RoundCause.REQUEST_OPENED);
        assertThat(firstRoundStarted.await(5, TimeUnit.SECONDS)).isTrue();
        for (int i = 0; i < TRIGGERS_DURING_A_ROUND; i++) {
            loop.trigger(RoundCause.OFFER_CLOSED);
        }
        releaseFirstRound.countDown();

        await().atMost(5, TimeUnit.SECONDS).until(() -> rounds.get() == 2);
        loop.stop();
        assertThat(registry.counter("tsunagu.matching.rounds").count()).isEqualTo(2.0);
        assertThat(registry.get("tsunagu.matching.round.triggers").tag("cause", "OFFER_CLOSED").counter().count())
                .isEqualTo(TRIGGERS_DURING_A_ROUND);
        assertThat(registry.get("tsunagu.matching.round.triggers").tag("cause", "REQUEST_OPENED").counter().count())
                .isEqualTo(1);
    }

    @Test
    void aFailedRoundDoesNotStopTheLoop() {
        AtomicInteger rounds = new AtomicInteger();
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        MatchingLoop loop = new MatchingLoop(() -> {
            if (rounds.incrementAndGet() == 1) {
                throw new IllegalStateException("solver failed");
            }
        }, registry);

        loop.trigger(RoundCause.REQUEST_OPENED);
        await().atMost(5, TimeUnit.SECONDS).until(() -> rounds.get() == 1);
        loop.trigger(RoundCause.STAFF_FREED);
        await().atMost(5, TimeUnit.SECONDS).until(() -> rounds.get() == 2);
        loop.stop();
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
