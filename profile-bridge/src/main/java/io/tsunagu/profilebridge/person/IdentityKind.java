package io.tsunagu.profilebridge.person;

import java.util.Locale;

/** Where an identity comes from: the widget's cookie, the EC site's account, or a store card. */
public enum IdentityKind {
    VISITOR,
    MEMBER,
    CARD;

    /** Member ids as the EC site issues them. */
    public static final String MEMBER_PATTERN = "m-[A-Za-z0-9_-]{1,62}";
    /** Store card ids as the POS prints them. */
    public static final String CARD_PATTERN = "c-[A-Za-z0-9_-]{1,62}";

    /**
     * The stored key: a visitor's own id (events and notes refer to it), the others prefixed with
     * their kind, which a visitor id cannot contain (no ':'), so kinds never collide.
     */
    public String key(String externalId) {
        return this == VISITOR ? externalId : wireName() + ":" + externalId;
    }

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
