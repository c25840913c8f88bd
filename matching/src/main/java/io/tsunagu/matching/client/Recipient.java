package io.tsunagu.matching.client;

/** Whose sockets a push goes to: a staff member by user name, or a shopper by visitor id. */
public record Recipient(Kind kind, String id) {

    public enum Kind {
        STAFF, SHOPPER
    }

    public static Recipient staff(String username) {
        return new Recipient(Kind.STAFF, username);
    }

    public static Recipient shopper(String visitorId) {
        return new Recipient(Kind.SHOPPER, visitorId);
    }
}
