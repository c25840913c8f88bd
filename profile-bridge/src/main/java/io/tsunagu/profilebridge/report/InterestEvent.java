package io.tsunagu.profilebridge.report;

import io.tsunagu.profilebridge.event.EventType;

import java.time.Instant;

/**
 * An event behind an interest, as staff read it: what the shopper did, with which product, when,
 * and where ({@code online}, or {@code store} with the store's id).
 */
public record InterestEvent(String type, String productId, Instant at, String channel, String storeId) {

    static final String ONLINE = "online";
    static final String STORE = "store";

    static InterestEvent of(RecentEvent event) {
        boolean offline = EventType.fromWireName(event.type()).offline();
        return new InterestEvent(event.type(), event.productId(), event.at(), offline ? STORE : ONLINE, event.storeId());
    }
}
