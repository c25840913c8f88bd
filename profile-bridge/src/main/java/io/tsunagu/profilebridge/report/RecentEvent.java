package io.tsunagu.profilebridge.report;

import java.time.Instant;
import java.util.List;

/** An event as the report explains interests with it. */
record RecentEvent(String type, String productId, List<String> tags, String storeId, Instant at) {
}
