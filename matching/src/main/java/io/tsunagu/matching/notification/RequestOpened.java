package io.tsunagu.matching.notification;

import java.util.UUID;

/** A shopper joined the queue. */
public record RequestOpened(UUID requestId) {
}
