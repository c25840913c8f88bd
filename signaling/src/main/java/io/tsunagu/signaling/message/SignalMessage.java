package io.tsunagu.signaling.message;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import java.util.List;
import java.util.UUID;

/**
 * Every message on {@code /ws}: one record per {@link MessageType}. On the wire each is a JSON object
 * whose {@code type} names the record ({@link SignalMessageCodec} adds and reads it); the record's
 * components are the other fields. Offers, answers, ICE candidates and hang-ups travel both ways: the
 * server relays what one peer sends to the other unchanged.
 */
public sealed interface SignalMessage {

    /** The largest SDP accepted; real browser SDPs are a few KiB, and a frame is at most 64 KiB. */
    int MAX_SDP_LENGTH = 60_000;

    MessageType messageType();

    /** A message a browser may send. Every one concerns one consultation's room. */
    sealed interface ClientMessage extends SignalMessage {
        UUID consultationId();
    }

    /** A message the server sends to a browser. */
    sealed interface ServerMessage extends SignalMessage {
    }

    /** A message one peer sends and the server passes to the other peer of the room unchanged. */
    sealed interface Relayed extends ClientMessage, ServerMessage {
    }

    record Join(@NotNull UUID consultationId) implements ClientMessage {
        @Override
        public MessageType messageType() {
            return MessageType.JOIN;
        }
    }

    record Offer(@NotNull UUID consultationId, @NotBlank @Size(max = MAX_SDP_LENGTH) String sdp)
            implements Relayed {
        @Override
        public MessageType messageType() {
            return MessageType.OFFER;
        }
    }

    record Answer(@NotNull UUID consultationId, @NotBlank @Size(max = MAX_SDP_LENGTH) String sdp)
            implements Relayed {
        @Override
        public MessageType messageType() {
            return MessageType.ANSWER;
        }
    }

    record IceCandidate(@NotNull UUID consultationId, @NotNull @Valid Candidate candidate)
            implements Relayed {
        @Override
        public MessageType messageType() {
            return MessageType.ICE_CANDIDATE;
        }
    }

    /**
     * An {@code RTCIceCandidateInit}. The candidate line may be empty: that is how a browser says it has
     * gathered all its candidates.
     */
    record Candidate(@NotNull @Size(max = 1024) String candidate,
                     @Size(max = 256) String sdpMid,
                     @PositiveOrZero Integer sdpMLineIndex) {
    }

    record HangUp(@NotNull UUID consultationId) implements Relayed {
        @Override
        public MessageType messageType() {
            return MessageType.HANG_UP;
        }
    }

    /** The answer to {@link Join}; {@code peerPresent} says whether the other side is already in the room. */
    record Joined(UUID consultationId, boolean peerPresent) implements ServerMessage {
        @Override
        public MessageType messageType() {
            return MessageType.JOINED;
        }
    }

    record PeerJoined(UUID consultationId) implements ServerMessage {
        @Override
        public MessageType messageType() {
            return MessageType.PEER_JOINED;
        }
    }

    record PeerLeft(UUID consultationId) implements ServerMessage {
        @Override
        public MessageType messageType() {
            return MessageType.PEER_LEFT;
        }
    }

    /** A new offer for a staff member; {@code offer} is matching's {@code Offer}, passed through as it is. */
    record OfferNotice(@NotNull ObjectNode offer) implements ServerMessage {
        @Override
        public MessageType messageType() {
            return MessageType.OFFER_NOTICE;
        }
    }

    record OfferWithdrawn(@NotNull UUID offerId, @NotNull WithdrawalReason reason) implements ServerMessage {
        @Override
        public MessageType messageType() {
            return MessageType.OFFER_WITHDRAWN;
        }
    }

    enum WithdrawalReason {
        TIMED_OUT, CANCELLED
    }

    /** Where a shopper's request stands; {@code position} is absent once the request no longer waits. */
    record QueueUpdate(@NotNull UUID requestId,
                       @NotNull @Pattern(regexp = "[A-Z_]{1,32}", message = "must be an upper-case status such as WAITING") String status,
                       @PositiveOrZero Integer position) implements ServerMessage {
        @Override
        public MessageType messageType() {
            return MessageType.QUEUE_UPDATE;
        }
    }

    /** Both peers may start: {@code staff} makes the SDP offer, {@code shopper} answers. */
    record CallStart(@NotNull UUID consultationId,
                     @NotNull CallRole role,
                     @NotEmpty List<@Valid IceServer> iceServers,
                     @NotNull IceTransportPolicy iceTransportPolicy) implements ServerMessage {
        @Override
        public MessageType messageType() {
            return MessageType.CALL_START;
        }
    }

    enum CallRole {
        STAFF, SHOPPER;

        @JsonValue
        public String wireName() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** An {@code RTCIceServer}: STUN entries have no credentials. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record IceServer(@NotEmpty List<@NotBlank String> urls, String username, String credential) {

        public static IceServer stun(List<String> urls) {
            return new IceServer(List.copyOf(urls), null, null);
        }
    }

    /** Passed to {@code RTCPeerConnection} as {@code iceTransportPolicy}. */
    enum IceTransportPolicy {
        ALL, RELAY;

        @JsonValue
        public String wireName() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    record CallEnd(@NotNull UUID consultationId) implements ServerMessage {
        @Override
        public MessageType messageType() {
            return MessageType.CALL_END;
        }
    }

    /** A rejected client message; the socket stays open. {@code message} is for people, {@code code} for code. */
    record ErrorMessage(ErrorCode code, String message) implements ServerMessage {
        @Override
        public MessageType messageType() {
            return MessageType.ERROR;
        }
    }
}
