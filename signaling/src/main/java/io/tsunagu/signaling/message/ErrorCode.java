package io.tsunagu.signaling.message;

/** Why a client message was rejected; clients switch on these, never on the wording of the message. */
public enum ErrorCode {
    /** Not one JSON object. */
    MALFORMED,
    /** A key appears twice in one object: two readers of the message could see different values. */
    DUPLICATE_KEY,
    /** The message, or one of its fields, is longer than its type allows. */
    TOO_LARGE,
    /** No such message type, or one that only the server sends. */
    UNKNOWN_TYPE,
    /** A required field is absent or null. */
    MISSING_FIELD,
    /** A field has the wrong shape or an unacceptable value. */
    INVALID_FIELD,
    /** The socket has not joined or resumed any room yet: {@code join} or {@code resume} comes first. */
    NOT_JOINED,
    /** The socket is in a room, but not in the one this message is for. */
    NOT_IN_ROOM,
    /** The room does not exist or belongs to another shopper or staff member. */
    FORBIDDEN_ROOM,
    /** The sender may not send this message, such as a shopper sending a product card. */
    FORBIDDEN,
    /** The resume token is unknown, expired, used, or for another room or identity; join afresh. */
    BAD_RESUME,
    /** The consultation of this room has ended. */
    ROOM_ENDED,
    /** The socket sends faster than its message rate; the message was dropped. Too many of these close the socket. */
    RATE_LIMITED,
    /** The server failed; the message was not processed. */
    INTERNAL
}
