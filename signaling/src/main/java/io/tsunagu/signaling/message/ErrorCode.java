package io.tsunagu.signaling.message;

/** Why a client message was rejected; clients switch on these, never on the wording of the message. */
public enum ErrorCode {
    /** Not a JSON object. */
    MALFORMED,
    /** No such message type, or one that only the server sends. */
    UNKNOWN_TYPE,
    /** A required field is absent or null. */
    MISSING_FIELD,
    /** A field has the wrong shape or an unacceptable value. */
    INVALID_FIELD,
    /** The sender has not joined the room this message is for. */
    NOT_IN_ROOM,
    /** The room does not exist or belongs to another shopper or staff member. */
    FORBIDDEN_ROOM,
    /** The consultation of this room has ended. */
    ROOM_ENDED,
    /** The socket sends faster than its message rate; the message was dropped. Too many of these close the socket. */
    RATE_LIMITED,
    /** The server failed; the message was not processed. */
    INTERNAL
}
