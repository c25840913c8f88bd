package io.tsunagu.matching.client;

/** Another part did not do what was asked of it in time; the caller's work is kept for a retry. */
public class PartUnavailableException extends RuntimeException {

    private final String part;

    public PartUnavailableException(String part, Throwable cause) {
        super(part + " is not available: " + cause, cause);
        this.part = part;
    }

    public String part() {
        return part;
    }
}
