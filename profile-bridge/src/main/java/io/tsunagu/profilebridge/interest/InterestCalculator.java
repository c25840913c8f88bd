package io.tsunagu.profilebridge.interest;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * Interest scores with exponential time decay: score(tag) = Σ weight × 0.5^(age / half-life) over
 * the signals carrying the tag. Pure arithmetic, so that it is tested with fixed instants.
 */
public final class InterestCalculator {

    /** A consultation note says more about a shopper than a view, less than a purchase. */
    public static final double NOTE_WEIGHT = 2;
    /**
     * Signals older than this many half-lives are left out: the heaviest one (a purchase, 5) counts
     * less than 0.00001 by then, so reading a long history would change nothing that is shown.
     */
    static final int HORIZON_HALF_LIVES = 20;
    private static final int DECIMALS = 3;

    private final Duration halfLife;

    public InterestCalculator(Duration halfLife) {
        if (halfLife.isNegative() || halfLife.isZero()) {
            throw new IllegalArgumentException("the interest half-life must be positive, not " + halfLife);
        }
        this.halfLife = halfLife;
    }

    /** The oldest instant whose signals still matter at {@code now}. */
    public Instant horizon(Instant now) {
        return now.minus(halfLife.multipliedBy(HORIZON_HALF_LIVES));
    }

    /** How much a signal from {@code at} still counts at {@code now}; a signal from the future counts fully. */
    public double decay(Instant at, Instant now) {
        double ageSeconds = Math.max(0, Duration.between(at, now).toNanos() / 1e9);
        return Math.pow(0.5, ageSeconds / (halfLife.toNanos() / 1e9));
    }

    /** Every tag's score rounded to 3 decimals, highest first (ties by tag); tags that round to 0 are left out. */
    public List<TagScore> scores(Collection<Signal> signals, Instant now) {
        Map<String, Double> sums = new HashMap<>();
        for (Signal signal : signals) {
            double contribution = signal.weight() * decay(signal.at(), now);
            // A tag repeated on one signal is still one signal.
            for (String tag : new LinkedHashSet<>(signal.tags())) {
                sums.merge(tag, contribution, Double::sum);
            }
        }
        return sums.entrySet().stream()
                .map(e -> new TagScore(e.getKey(), round(e.getValue())))
                .filter(s -> s.score() > 0)
                .sorted(Comparator.comparingDouble(TagScore::score).reversed().thenComparing(TagScore::tag))
                .toList();
    }

    static double round(double score) {
        return BigDecimal.valueOf(score).setScale(DECIMALS, RoundingMode.HALF_UP).doubleValue();
    }
}
