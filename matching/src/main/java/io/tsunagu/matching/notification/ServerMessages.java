package io.tsunagu.matching.notification;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.tsunagu.matching.offer.OfferStatus;
import io.tsunagu.matching.offer.OfferView;
import io.tsunagu.matching.request.RequestStatus;

import java.util.UUID;

/** The WebSocket messages matching asks signaling to push (docs/api.md, signaling). */
final class ServerMessages {

    private ServerMessages() {
    }

    record OfferNotice(OfferView offer) {
        @JsonProperty
        String type() {
            return "offer-notice";
        }
    }

    record OfferWithdrawn(UUID offerId, OfferStatus reason) {
        @JsonProperty
        String type() {
            return "offer-withdrawn";
        }
    }

    /** {@code position} and {@code estimatedWaitSeconds} are null once the request left the queue; the estimate also when unknown. */
    record QueueUpdate(UUID requestId, RequestStatus status, Integer position, Integer estimatedWaitSeconds) {
        @JsonProperty
        String type() {
            return "queue-update";
        }
    }
}
