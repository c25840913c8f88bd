package io.tsunagu.signaling.message;


import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The {@code type} of a message on {@code /ws}, the record it decodes into, and who may send it.
 * Dispatch switches over this enum: a {@code switch} expression without {@code default} stops the
 * build when a type is added but not handled (Java 17 has no pattern switch over sealed types).
 */
public enum MessageType {

    JOIN("join", SignalMessage.Join.class, Sender.CLIENT),
    RESUME("resume", SignalMessage.Resume.class, Sender.CLIENT),
    LEAVE("leave", SignalMessage.Leave.class, Sender.CLIENT),
    REFRESH("refresh", SignalMessage.Refresh.class, Sender.CLIENT),
    OFFER("offer", SignalMessage.Offer.class, Sender.BOTH),
    ANSWER("answer", SignalMessage.Answer.class, Sender.BOTH),
    ICE_CANDIDATE("ice-candidate", SignalMessage.IceCandidate.class, Sender.BOTH),
    ICE_RESTART("ice-restart", SignalMessage.IceRestart.class, Sender.BOTH),
    HANG_UP("hang-up", SignalMessage.HangUp.class, Sender.BOTH),
    CHAT("chat", SignalMessage.Chat.class, Sender.BOTH),
    PRODUCT_CARD("product-card", SignalMessage.ProductCard.class, Sender.BOTH),
    JOINED("joined", SignalMessage.Joined.class, Sender.SERVER),
    RESUMED("resumed", SignalMessage.Resumed.class, Sender.SERVER),
    REFRESHED("refreshed", SignalMessage.Refreshed.class, Sender.SERVER),
    PEER_JOINED("peer-joined", SignalMessage.PeerJoined.class, Sender.SERVER),
    PEER_PAUSED("peer-paused", SignalMessage.PeerPaused.class, Sender.SERVER),
    PEER_RESUMED("peer-resumed", SignalMessage.PeerResumed.class, Sender.SERVER),
    PEER_LEFT("peer-left", SignalMessage.PeerLeft.class, Sender.SERVER),
    OFFER_NOTICE("offer-notice", SignalMessage.OfferNotice.class, Sender.PUSH),
    OFFER_WITHDRAWN("offer-withdrawn", SignalMessage.OfferWithdrawn.class, Sender.PUSH),
    QUEUE_UPDATE("queue-update", SignalMessage.QueueUpdate.class, Sender.PUSH),
    CALL_START("call-start", SignalMessage.CallStart.class, Sender.SERVER),
    CALL_END("call-end", SignalMessage.CallEnd.class, Sender.SERVER),
    ERROR("error", SignalMessage.ErrorMessage.class, Sender.SERVER);

    /**
     * Who originates a type. PUSH types come from another part through {@code POST /api/signaling/pushes};
     * call-start and call-end belong to the room endpoints, the rest to the room protocol.
     */
    private enum Sender {
        CLIENT, BOTH, SERVER, PUSH
    }

    private static final Map<String, MessageType> BY_WIRE_NAME = Arrays.stream(values())
            .collect(Collectors.toUnmodifiableMap(MessageType::wireName, Function.identity()));

    private final String wireName;
    private final Class<? extends SignalMessage> recordType;
    private final Sender sender;

    MessageType(String wireName, Class<? extends SignalMessage> recordType, Sender sender) {
        this.wireName = wireName;
        this.recordType = recordType;
        this.sender = sender;
    }

    public static Optional<MessageType> fromWireName(String wireName) {
        return Optional.ofNullable(BY_WIRE_NAME.get(wireName));
    }

    public String wireName() {
        return wireName;
    }

    Class<? extends SignalMessage> recordType() {
        return recordType;
    }

    /** Whether a browser may send this type. */
    public boolean sentByClients() {
        return sender == Sender.CLIENT || sender == Sender.BOTH;
    }

    /** Whether the server may send this type to a browser: its own, pushes, and what it relays. */
    public boolean sentByServer() {
        return sender != Sender.CLIENT;
    }

    /** Whether another part may push this type to a shopper or staff member. */
    public boolean pushable() {
        return sender == Sender.PUSH;
    }

    /**
     * The longest frame of this type a client may send, in characters: SDPs up to the frame limit,
     * everything else far less, so that a small message cannot make the server parse 64 KiB.
     */
    public int maxClientLength() {
        return this == OFFER || this == ANSWER ? 65_536 : 16_384;
    }
}
