package io.tsunagu.signaling.limits;

import java.time.Duration;

/**
 * One socket's message budget: two token buckets (a sustained rate and a burst each), one for ICE
 * candidates and one for every other message, and, for a socket that keeps sending into an empty
 * bucket, a count of refused messages per window that ends the socket. Candidates have their own
 * bucket because a browser sends them in bursts of its own (one per network path, again on every ICE
 * restart) that must neither starve nor be starved by chat and SDP. Time is passed in (nanoseconds, as
 * {@link System#nanoTime()}) so that the arithmetic is testable.
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

    /** Which bucket a message is paid from. */
    public enum Budget {
        MESSAGES, ICE_CANDIDATES
    }

    /** A bucket's size: messages per second for as long as the socket likes, and at once after quiet. */
    public record Allowance(int perSecond, int burst) {
    }

    private static final double NANOS_PER_SECOND = 1_000_000_000d;

    private final Bucket messages;
    private final Bucket candidates;
    private final int abuseRejections;
    private final long abuseWindowNanos;

    private int refusedInWindow;
    private long windowStartedAt;

    public MessageRate(Allowance messages, Allowance candidates, int abuseRejections, Duration abuseWindow, long now) {
        this.messages = new Bucket(messages, now);
        this.candidates = new Bucket(candidates, now);
        this.abuseRejections = abuseRejections;
        this.abuseWindowNanos = abuseWindow.toNanos();
        this.windowStartedAt = now;
    }

    /** Full buckets for a socket opening now. */
    public static MessageRate startingAt(LimitsConfig.Rate config, long now) {
        return new MessageRate(new Allowance(config.messagesPerSecond(), config.burst()),
                new Allowance(config.iceCandidatesPerSecond(), config.iceCandidateBurst()),
                config.abuseRejections(), config.abuseWindow(), now);
    }

    public synchronized Verdict take(Budget budget, long now) {
        if ((budget == Budget.ICE_CANDIDATES ? candidates : messages).take(now)) {
            return Verdict.ACCEPT;
        }
        if (now - windowStartedAt > abuseWindowNanos) {
            windowStartedAt = now;
            refusedInWindow = 0;
        }
        refusedInWindow++;
        return refusedInWindow > abuseRejections ? Verdict.CLOSE : Verdict.REFUSE;
    }

    private static final class Bucket {

        private final double tokensPerNano;
        private final double burst;
        private double tokens;
        private long refilledAt;

        Bucket(Allowance allowance, long now) {
            this.tokensPerNano = allowance.perSecond() / NANOS_PER_SECOND;
            this.burst = allowance.burst();
            this.tokens = burst;
            this.refilledAt = now;
        }

        boolean take(long now) {
            tokens = Math.min(burst, tokens + (now - refilledAt) * tokensPerNano);
            refilledAt = now;
            if (tokens >= 1) {
                tokens -= 1;
                return true;
            }
            return false;
        }
    }
}
