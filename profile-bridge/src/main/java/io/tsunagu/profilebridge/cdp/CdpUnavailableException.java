package io.tsunagu.profilebridge.cdp;

/** The CDP could not be reached or refused the call; the message says which. */
public class CdpUnavailableException extends RuntimeException {

    public CdpUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
