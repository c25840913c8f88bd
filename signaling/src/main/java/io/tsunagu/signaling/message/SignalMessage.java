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

import java.time.Instant;

import java.util.List;
import java.util.UUID;

/**
 * Every message on {@code /ws}: one record per {@link MessageType}. On the wire each is a JSON object
 * whose {@code type} names the record ({@link SignalMessageCodec} adds and reads it); the record's
 * components are the other fields, and a client message with any other field is rejected. Offers,
 * answers, ICE candidates, ICE restarts, hang-ups and product cards travel from one peer to the other
 * unchanged; chat messages gain their sender and time on the way.
 */
public sealed interface SignalMessage {

    /** The largest SDP accepted; real browser SDPs are a few KiB, and a frame is at most 64 KiB. */
    int MAX_SDP_LENGTH = 60_000;
    /** The longest chat message, in characters. */
    int MAX_CHAT_LENGTH = 2000;
    /** Product card URLs: a path on the shop's own site, or an https address; never javascript: or data:. */
    String PRODUCT_URL_PATTERN = "(/(?!/)|https://)[^\\s<>\"]{0,2047}";

    MessageType messageType();

    /** A message a browser may send. */
    sealed interface ClientMessage extends SignalMessage {
    }

    /** A client message about one consultation's room: accepted only from a socket in that room. */
    sealed interface RoomMessage extends ClientMessage {
        UUID consultationId();
    }

    /** A message the server sends to a browser. */
    sealed interface ServerMessage extends SignalMessage {
    }

    /** A message one peer sends and the server passes to the other peer of the room unchanged. */
    sealed interface Relayed extends RoomMessage, ServerMessage {
    }

    record Join(@NotNull UUID consultationId) implements RoomMessage {
        @Override
        public MessageType messageType() {
            return MessageType.JOIN;
        }
    }

    /** Instead of {@link Join}, on a new socket after a drop: the token from the last joined or resumed. */
    record Resume(@NotNull UUID consultationId, @NotBlank @Size(max = 128) String resumeToken) implements RoomMessage {
        @Override
        public MessageType messageType() {
            return MessageType.RESUME;
        }
    }

    /** Leaves the room for good: the peer hears peer-left at once, without a grace period. */
    record Leave(@NotNull UUID consultationId) implements RoomMessage {
        @Override
        public MessageType messageType() {
            return MessageType.LEAVE;
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
     * An {@code RTCIceCandidateInit}, as {@code RTCIceCandidate.toJSON()} writes it. The candidate line may
     * be empty: that is how a browser says it has gathered all its candidates.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Candidate(@NotNull @Size(max = 1024) String candidate,
                     @Size(max = 256) String sdpMid,
                     @PositiveOrZero Integer sdpMLineIndex,
                     @Size(max = 256) String usernameFragment) {
    }

    /** Media failed: the staff side (the SDP offerer) answers with a new offer made with {@code iceRestart: true}. */
    record IceRestart(@NotNull UUID consultationId) implements Relayed {
        @Override
        public MessageType messageType() {
            return MessageType.ICE_RESTART;
        }
    }

    record HangUp(@NotNull UUID consultationId) implements Relayed {
        @Override
        public MessageType messageType() {
            return MessageType.HANG_UP;
        }
    }

    /**
     * A chat line. A browser sends {@code consultationId} and {@code text}; the server fills in
     * {@code from} and {@code at} before relaying it, and refuses a client message that sets them.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Chat(@NotNull UUID consultationId,
                @NotEmpty @Size(max = MAX_CHAT_LENGTH) String text,
                CallRole from,
                Instant at) implements RoomMessage, ServerMessage {
        @Override
        public MessageType messageType() {
            return MessageType.CHAT;
        }
    }

    /** A product a staff member shows the shopper during the call; shoppers may not send one. */
    record ProductCard(@NotNull UUID consultationId, @NotNull @Valid Product product) implements Relayed {
        @Override
        public MessageType messageType() {
            return MessageType.PRODUCT_CARD;
        }
    }

    /** A product as the shop's catalogue shows it; {@code price} in the currency's main unit. */
    record Product(@NotBlank @Size(max = 64) String id,
                   @NotBlank @Size(max = 200) String name,
                   @NotNull @PositiveOrZero Number price,
                   @NotNull @Pattern(regexp = "[A-Z]{3}", message = "must be an ISO 4217 code such as JPY") String currency,
                   @NotNull @Pattern(regexp = PRODUCT_URL_PATTERN, message = "must be a path on the shop's site or an https URL") String url,
                   @Pattern(regexp = PRODUCT_URL_PATTERN, message = "must be a path on the shop's site, an https URL or null") String imageUrl) {
    }

    /** A fresh bearer token (staff) or shopper ticket (shoppers) for the socket's own identity. */
    record Refresh(@NotBlank @Size(max = 8192) String token) implements ClientMessage {
        @Override
        public MessageType messageType() {
            return MessageType.REFRESH;
        }
    }

    /** The socket's identity now expires at {@code expiresAt}. */
    record Refreshed(Instant expiresAt) implements ServerMessage {
        @Override
        public MessageType messageType() {
            return MessageType.REFRESHED;
        }
    }

    /**
     * The answer to {@link Join}; {@code peerPresent} says whether the other side is already in the
     * room, {@code resumeToken} lets a new socket take this one's place after a drop.
     */
    record Joined(UUID consultationId, boolean peerPresent, String resumeToken) implements ServerMessage {
        @Override
        public MessageType messageType() {
            return MessageType.JOINED;
        }
    }

    /** The answer to {@link Resume}: the socket is back in the room, with a new token for the next drop. */
    record Resumed(UUID consultationId, boolean peerPresent, String resumeToken) implements ServerMessage {
        @Override
        public MessageType messageType() {
            return MessageType.RESUMED;
        }
    }

    record PeerJoined(UUID consultationId) implements ServerMessage {
        @Override
        public MessageType messageType() {
            return MessageType.PEER_JOINED;
        }
    }

    /** The peer's last socket dropped; it has the grace period to resume before {@link PeerLeft}. */
    record PeerPaused(UUID consultationId) implements ServerMessage {
        @Override
        public MessageType messageType() {
            return MessageType.PEER_PAUSED;
        }
    }

    record PeerResumed(UUID consultationId) implements ServerMessage {
        @Override
        public MessageType messageType() {
            return MessageType.PEER_RESUMED;
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
        TIMED_OUT, CANCELLED, RESCINDED
    }

    /**
     * Where a shopper's request stands; {@code position} is absent once the request no longer waits, and
     * {@code estimatedWaitSeconds} when matching has no estimate.
     */
    record QueueUpdate(@NotNull UUID requestId,
                       @NotNull @Pattern(regexp = "[A-Z_]{1,32}", message = "must be an upper-case status such as WAITING") String status,
                       @PositiveOrZero Integer position,
                       @PositiveOrZero Integer estimatedWaitSeconds) implements ServerMessage {
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
