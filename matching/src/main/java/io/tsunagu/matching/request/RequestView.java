package io.tsunagu.matching.request;

import java.time.Instant;
import java.util.UUID;

/** A request as its shopper sees it; {@code position} is null once it has left the queue. */
public record RequestView(UUID id, String visitorId, String language, Channel channel, String topic,
                          RequestStatus status, Integer position, Instant createdAt, UUID consultationId) {
}
