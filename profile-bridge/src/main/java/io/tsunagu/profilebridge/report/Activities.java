package io.tsunagu.profilebridge.report;


import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/** Channel use and the time-of-day pattern, from the person's half-hour activity buckets. */
final class Activities {

    /** Online events closer than this belong to one session (the usual web-analytics convention). */
    static final Duration SESSION_GAP = Duration.ofMinutes(30);
    /** The stores' time zone: the hour pattern is read by staff in Japan. */
    static final ZoneId LOCAL = ZoneId.of("Asia/Tokyo");

    private Activities() {
    }

    /**
     * Online sessions, store check-ins, and the store of the latest event that names one. The buckets
     * come oldest first; several identities may each have one for the same half hour. A bucket is as
     * long as the session gap, so a new session can only start at a bucket's first online event: when
     * it is more than the gap after the last online event seen before it.
     */
    static ChannelUse channels(List<ActivityBucket> oldestFirst) {
        int sessions = 0;
        int visits = 0;
        ActivityBucket lastStore = null;
        Instant lastOnline = null;
        for (ActivityBucket bucket : mergedByStart(oldestFirst)) {
            if (bucket.firstOnline() != null) {
                if (lastOnline == null || Duration.between(lastOnline, bucket.firstOnline()).compareTo(SESSION_GAP) > 0) {
                    sessions++;
                }
                lastOnline = bucket.lastOnline();
            }
            visits += bucket.checkins();
            if (bucket.lastStoreId() != null) {
                lastStore = bucket;
            }
        }
        return new ChannelUse(sessions, visits, lastStore == null ? null : lastStore.lastStoreId());
    }

    /** One bucket per half hour: the same half hour of several identities is one span of the person's. */
    private static List<ActivityBucket> mergedByStart(List<ActivityBucket> oldestFirst) {
        List<ActivityBucket> merged = new ArrayList<>(oldestFirst.size());
        for (ActivityBucket bucket : oldestFirst) {
            ActivityBucket previous = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (previous == null || !previous.start().equals(bucket.start())) {
                merged.add(bucket);
                continue;
            }
            boolean laterStore = bucket.lastStoreId() != null
                    && (previous.lastStoreAt() == null || !bucket.lastStoreAt().isBefore(previous.lastStoreAt()));
            merged.set(merged.size() - 1, new ActivityBucket(bucket.start(), previous.events() + bucket.events(),
                    previous.onlineEvents() + bucket.onlineEvents(), previous.checkins() + bucket.checkins(),
                    earlier(previous.firstOnline(), bucket.firstOnline()), later(previous.lastOnline(), bucket.lastOnline()),
                    laterStore ? bucket.lastStoreId() : previous.lastStoreId(), laterStore ? bucket.lastStoreAt() : previous.lastStoreAt()));
        }
        return merged;
    }

    private static Instant earlier(Instant a, Instant b) {
        return a == null ? b : b == null || a.isBefore(b) ? a : b;
    }

    private static Instant later(Instant a, Instant b) {
        return a == null ? b : b == null || a.isAfter(b) ? a : b;
    }

    /** How many events fell in each local hour of the day, hour 0 first (a half-hour bucket lies within one hour). */
    static List<Integer> hourPattern(List<ActivityBucket> buckets) {
        Integer[] hours = new Integer[24];
        java.util.Arrays.fill(hours, 0);
        buckets.forEach(b -> hours[b.start().atZone(LOCAL).getHour()] += b.events());
        return List.of(hours);
    }
}
