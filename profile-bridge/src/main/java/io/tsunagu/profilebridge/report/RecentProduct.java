package io.tsunagu.profilebridge.report;

import io.tsunagu.profilebridge.event.BehaviourEvent;

import java.time.Instant;
import java.util.List;

public record RecentProduct(String productId, List<String> tags, Instant at) {

    static RecentProduct of(BehaviourEvent event) {
        return new RecentProduct(event.productId, List.copyOf(event.tags), event.occurredAt);
    }
}
