package io.tsunagu.signaling.message;

/**
 * A client message that cannot be processed, for an expected reason the client is told about as an
 * {@code error} message. {@code field} names the offending field when there is one.
 */
public class MessageRejectedException extends RuntimeException {

    private final ErrorCode code;
    private final String field;

    public MessageRejectedException(ErrorCode code, String field, String message) {
        super(message, null, false, false);
        this.code = code;
        this.field = field;
    }

    public MessageRejectedException(ErrorCode code, String message) {
        this(code, null, message);
    }

    public ErrorCode code() {
        return code;
    }

    /** The JSON path of the offending field, such as {@code candidate.candidate}; null when none. */
    public String field() {
        return field;
    }

    /** The reason, prefixed with the field when there is one: what the client reads. */
    public String describe() {
        return field == null ? getMessage() : field + ": " + getMessage();
    }

    public SignalMessage.ErrorMessage toErrorMessage() {
        return new SignalMessage.ErrorMessage(code, describe());
    }
}
