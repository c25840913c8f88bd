package io.tsunagu.profilebridge.event;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** An event as stored, online or offline, for the identity that observed it. */
public record EventRow(UUID id, String identityKey, String type, String productId, List<String> tags,
                       String storeId, BigDecimal amount, String receiptId, Instant occurredAt) {

    public EventRow {
        tags = tags == null ? List.of() : tags.stream().distinct().toList();
    }

    static EventRow online(String visitorId, EventInput event) {
        return new EventRow(UUID.fromString(event.id()), visitorId, event.type(), event.productId(), event.tags(),
                null, null, null, event.occurredAt());
    }
}
