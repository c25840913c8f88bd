package io.tsunagu.signaling.message;

import io.tsunagu.signaling.message.SignalMessage.Answer;
import io.tsunagu.signaling.message.SignalMessage.CallEnd;
import io.tsunagu.signaling.message.SignalMessage.CallStart;
import io.tsunagu.signaling.message.SignalMessage.ErrorMessage;
import io.tsunagu.signaling.message.SignalMessage.HangUp;
import io.tsunagu.signaling.message.SignalMessage.IceCandidate;
import io.tsunagu.signaling.message.SignalMessage.Join;
import io.tsunagu.signaling.message.SignalMessage.Joined;
import io.tsunagu.signaling.message.SignalMessage.Offer;
import io.tsunagu.signaling.message.SignalMessage.OfferNotice;
import io.tsunagu.signaling.message.SignalMessage.OfferWithdrawn;
import io.tsunagu.signaling.message.SignalMessage.PeerJoined;
import io.tsunagu.signaling.message.SignalMessage.PeerLeft;
import io.tsunagu.signaling.message.SignalMessage.QueueUpdate;

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

    JOIN("join", Join.class, Sender.CLIENT),
    OFFER("offer", Offer.class, Sender.BOTH),
    ANSWER("answer", Answer.class, Sender.BOTH),
    ICE_CANDIDATE("ice-candidate", IceCandidate.class, Sender.BOTH),
    HANG_UP("hang-up", HangUp.class, Sender.BOTH),
    JOINED("joined", Joined.class, Sender.SERVER),
    PEER_JOINED("peer-joined", PeerJoined.class, Sender.SERVER),
    PEER_LEFT("peer-left", PeerLeft.class, Sender.SERVER),
    OFFER_NOTICE("offer-notice", OfferNotice.class, Sender.PUSH),
    OFFER_WITHDRAWN("offer-withdrawn", OfferWithdrawn.class, Sender.PUSH),
    QUEUE_UPDATE("queue-update", QueueUpdate.class, Sender.PUSH),
    CALL_START("call-start", CallStart.class, Sender.SERVER),
    CALL_END("call-end", CallEnd.class, Sender.SERVER),
    ERROR("error", ErrorMessage.class, Sender.SERVER);

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

    /** Whether another part may push this type to a shopper or staff member. */
    public boolean pushable() {
        return sender == Sender.PUSH;
    }
}
