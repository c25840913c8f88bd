package io.tsunagu.signaling.limits;

import java.time.Duration;

/**
 * One socket's message budget: a token bucket (a sustained rate and a burst) and, for a socket that keeps
 * sending into an empty bucket, a count of refused messages per window that ends the socket. Time is
 * passed in (nanoseconds, as {@link System#nanoTime()}) so that the arithmetic is testable.
 */
public final class MessageRate {

    public enum Verdict {
        /** Process the message. */
        ACCEPT,
        /** Drop the message and tell the sender. */
        REFUSE,
        /** Drop the message and close the socket. */
        CLOSE
    }

    private static final double NANOS_PER_SECOND = 1_000_000_000d;

    private final double tokensPerNano;
    private final double burst;
    private final int abuseRejections;
    private final long abuseWindowNanos;

    private double tokens;
    private long refilledAt;
    private int refusedInWindow;
    private long windowStartedAt;

    public MessageRate(int messagesPerSecond, int burst, int abuseRejections, Duration abuseWindow, long now) {
        this.tokensPerNano = messagesPerSecond / NANOS_PER_SECOND;
        this.burst = burst;
        this.abuseRejections = abuseRejections;
        this.abuseWindowNanos = abuseWindow.toNanos();
        this.tokens = burst;
        this.refilledAt = now;
        this.windowStartedAt = now;
    }

    /** A full bucket for a socket opening now. */
    public static MessageRate startingAt(LimitsConfig.Rate config, long now) {
        return new MessageRate(config.messagesPerSecond(), config.burst(), config.abuseRejections(), config.abuseWindow(), now);
    }

    public synchronized Verdict take(long now) {
        tokens = Math.min(burst, tokens + (now - refilledAt) * tokensPerNano);
        refilledAt = now;
        if (tokens >= 1) {
            tokens -= 1;
            return Verdict.ACCEPT;
        }
        if (now - windowStartedAt > abuseWindowNanos) {
            windowStartedAt = now;
            refusedInWindow = 0;
        }
        refusedInWindow++;
        return refusedInWindow > abuseRejections ? Verdict.CLOSE : Verdict.REFUSE;
    }
}
