package io.tsunagu.shopperticket;

import java.time.Instant;

/** What a verified shopper ticket says: which visitor carries it, and until when. */
public record ShopperTicket(String visitorId, Instant issuedAt, Instant expiresAt) {
}
