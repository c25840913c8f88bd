package io.tsunagu.matching.notification;

import io.tsunagu.matching.offer.OfferView;

/** A staff member was reserved for a request; fired inside the transaction that made the offer. */
public record OfferMade(OfferView offer, Integer position) {
}
