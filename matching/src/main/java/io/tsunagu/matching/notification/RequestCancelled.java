package io.tsunagu.matching.notification;

import java.util.UUID;

/** A shopper left the queue. */
public record RequestCancelled(UUID requestId) {
}
