package io.tsunagu.profilebridge.report;

import java.time.Instant;

/** Half an hour of one identity's activity: counts, the first and last online event, the latest store seen. */
record ActivityBucket(Instant start, int events, int onlineEvents, int checkins, Instant firstOnline, Instant lastOnline,
                      String lastStoreId, Instant lastStoreAt) {
}
