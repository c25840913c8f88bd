package io.tsunagu.matching.request;

import java.time.Instant;
import java.util.UUID;

/**
 * A request as its shopper sees it; {@code position} and {@code estimatedWaitSeconds} are null once
 * it has left the queue, the estimate also while nobody who speaks the language is on shift.
 */
public record RequestView(UUID id, String visitorId, String language, Channel channel, String topic,
                          String preferredStoreId, RequestStatus status, Integer position, Integer estimatedWaitSeconds, Instant createdAt,
                          UUID consultationId) {
}
