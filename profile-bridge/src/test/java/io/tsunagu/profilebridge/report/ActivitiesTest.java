package io.tsunagu.profilebridge.report;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Sessions, visits and the last store from half-hour buckets match what the events themselves say. */
class ActivitiesTest {

    private static final Instant TEN = Instant.parse("2026-11-20T01:00:00Z");

    private static ActivityBucket online(int bucketMinute, int firstMinute, int lastMinute) {
        return new ActivityBucket(TEN.plusSeconds(bucketMinute * 60L), 2, 2, 0, TEN.plusSeconds(firstMinute * 60L),
                TEN.plusSeconds(lastMinute * 60L), null, null);
    }

    private static ActivityBucket checkIn(int bucketMinute, int atMinute, String store) {
        return new ActivityBucket(TEN.plusSeconds(bucketMinute * 60L), 1, 0, 1, null, null, store, TEN.plusSeconds(atMinute * 60L));
    }

    @Test
    void aGapOfMoreThanHalfAnHourBetweenBucketsStartsASessionAndExactlyHalfAnHourDoesNot() {
        assertThat(Activities.channels(List.of(online(0, 5, 20), online(30, 50, 55))).onlineSessions()).isEqualTo(1);
        assertThat(Activities.channels(List.of(online(0, 5, 20), online(30, 51, 55))).onlineSessions()).isEqualTo(2);
        assertThat(Activities.channels(List.of(online(0, 5, 20), online(60, 70, 75))).onlineSessions()).isEqualTo(2);
    }

    @Test
    void theSameHalfHourOfTwoIdentitiesIsOneSpanWhateverTheirOrder() {
        // Events at -10, then 01, 02 (one identity) and 25 (another): gaps of 11, 1, 23 minutes, one session.
        List<ActivityBucket> buckets = List.of(online(-30, -12, -10), online(0, 25, 25), online(0, 1, 2));

        assertThat(Activities.channels(buckets).onlineSessions()).isEqualTo(1);
    }

    @Test
    void visitsAddUpAndTheLastStoreIsTheLatestSeen() {
        // Oldest first; the half hour at 0 has a check-in of each of two identities.
        ChannelUse use = Activities.channels(List.of(checkIn(-30, -5, "sapporo"), checkIn(0, 20, "osaka"), checkIn(0, 10, "tokyo"),
                online(30, 31, 32)));

        assertThat(use.storeVisits()).isEqualTo(3);
        assertThat(use.lastStoreId()).isEqualTo("osaka");
    }
}
