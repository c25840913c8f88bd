package io.tsunagu.matching.notification;

import io.tsunagu.matching.client.Presence;
import io.tsunagu.matching.offer.OfferView;
import io.tsunagu.matching.request.RequestStatus;

/**
 * A pending offer was declined, timed out, cancelled or rescinded: the staff member moves to
 * {@code staffPresence} (null: left as it is), and the request is now {@code requestStatus} at
 * {@code position}.
 */
public record OfferClosed(OfferView offer, Presence staffPresence, RequestStatus requestStatus, Integer position) {
}
