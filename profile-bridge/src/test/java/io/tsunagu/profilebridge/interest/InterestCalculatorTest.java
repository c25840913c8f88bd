package io.tsunagu.profilebridge.interest;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class InterestCalculatorTest {

    private static final Duration HALF_LIFE = Duration.ofDays(7);
    private static final Instant NOW = Instant.parse("2026-11-24T10:00:00Z");
    private static final String MOUNTAINEERING = "mountaineering";
    private static final String CAMPING = "camping";
    private static final String RAINWEAR = "rainwear";

    private final InterestCalculator calculator = new InterestCalculator(HALF_LIFE);

    @Test
    void aSignalCountsFullyNowHalfAfterOneHalfLifeAndAQuarterAfterTwo() {
        assertThat(calculator.decay(NOW, NOW)).isEqualTo(1.0);
        assertThat(calculator.decay(NOW.minus(HALF_LIFE), NOW)).isCloseTo(0.5, within(1e-12));
        assertThat(calculator.decay(NOW.minus(HALF_LIFE.multipliedBy(2)), NOW)).isCloseTo(0.25, within(1e-12));
        assertThat(calculator.decay(NOW.minus(Duration.ofHours(84)), NOW)).isCloseTo(Math.sqrt(0.5), within(1e-12));
    }

    @Test
    void aSignalFromTheNearFutureCountsNoMoreThanOneFromNow() {
        assertThat(calculator.decay(NOW.plus(Duration.ofMinutes(4)), NOW)).isEqualTo(1.0);
    }

    @Test
    void scoresSumWeightTimesDecayPerTagAndRankHighestFirst() {
        List<TagScore> scores = calculator.scores(List.of(
                new Signal(List.of(MOUNTAINEERING, RAINWEAR), 1, NOW),
                new Signal(List.of(MOUNTAINEERING), 5, NOW.minus(HALF_LIFE)),
                new Signal(List.of(CAMPING), 2, NOW.minus(HALF_LIFE.multipliedBy(2)))), NOW);

        assertThat(scores).containsExactly(
                new TagScore(MOUNTAINEERING, 3.5),
                new TagScore(RAINWEAR, 1.0),
                new TagScore(CAMPING, 0.5));
    }

    @Test
    void scoresAreRoundedToThreeDecimals() {
        List<TagScore> scores = calculator.scores(List.of(
                new Signal(List.of(CAMPING), 1, NOW.minus(Duration.ofDays(1)))), NOW);

        // 0.5^(1/7) = 0.905723…
        assertThat(scores).containsExactly(new TagScore(CAMPING, 0.906));
    }

    @Test
    void aTagRepeatedOnOneSignalCountsOnce() {
        assertThat(calculator.scores(List.of(new Signal(List.of(CAMPING, CAMPING), 2, NOW)), NOW))
                .containsExactly(new TagScore(CAMPING, 2.0));
    }

    @Test
    void equalScoresAreOrderedByTagAndScoresThatRoundToZeroAreLeftOut() {
        List<TagScore> scores = calculator.scores(List.of(
                new Signal(List.of(RAINWEAR, CAMPING), 1, NOW),
                new Signal(List.of(MOUNTAINEERING), 0.5, NOW.minus(HALF_LIFE.multipliedBy(12)))), NOW);

        assertThat(scores).containsExactly(new TagScore(CAMPING, 1.0), new TagScore(RAINWEAR, 1.0));
    }

    @Test
    void theHorizonIsTwentyHalfLivesBackWhereEvenAPurchaseNoLongerShows() {
        Instant horizon = calculator.horizon(NOW);

        assertThat(horizon).isEqualTo(NOW.minus(Duration.ofDays(140)));
        assertThat(InterestCalculator.round(5 * calculator.decay(horizon, NOW))).isZero();
    }

    @Test
    void noSignalsMeanNoInterests() {
        assertThat(calculator.scores(List.of(), NOW)).isEmpty();
    }

    @Test
    void aHalfLifeMustBePositive() {
        assertThatThrownBy(() -> new InterestCalculator(Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new InterestCalculator(Duration.ofDays(-1))).isInstanceOf(IllegalArgumentException.class);
    }
}
