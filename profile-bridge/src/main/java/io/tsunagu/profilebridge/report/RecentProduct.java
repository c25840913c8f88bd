package io.tsunagu.profilebridge.report;


import java.time.Instant;
import java.util.List;

public record RecentProduct(String productId, List<String> tags, Instant at) {

    static RecentProduct of(RecentEvent event) {
        return new RecentProduct(event.productId(), event.tags(), event.at());
    }
}
