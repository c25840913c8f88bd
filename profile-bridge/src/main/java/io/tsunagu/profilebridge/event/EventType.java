package io.tsunagu.profilebridge.event;

import java.util.Arrays;

/** Kinds of behaviour, each with how strongly it signals interest in the tags it carries. */
public enum EventType {
    PAGE_VIEW("page_view", 0.5),
    PRODUCT_VIEW("product_view", 1),
    SEARCH("search", 1),
    FAVORITE("favorite", 2),
    CART_ADD("cart_add", 3),
    PURCHASE("purchase", 5),
    /** Offline: the shopper came into a store (their card or app was seen). */
    STORE_CHECKIN("store_checkin", 0.5),
    /** Offline: a purchase at a store's till, as strong as one online. */
    POS_PURCHASE("pos_purchase", 5),
    /** Offline: a consultation in a store, as strong as a consultation note. */
    CONSULTATION("consultation", 2);

    /** The online wire names, for validating the widget's events; a test keeps it equal to the constants. */
    public static final String PATTERN = "page_view|product_view|search|favorite|cart_add|purchase";
    /** The offline wire names, for the store systems' events. */
    public static final String OFFLINE_PATTERN = "store_checkin|pos_purchase|consultation";

    private final String wireName;
    private final double weight;

    EventType(String wireName, double weight) {
        this.wireName = wireName;
        this.weight = weight;
    }

    public String wireName() {
        return wireName;
    }

    public boolean offline() {
        return ordinal() >= STORE_CHECKIN.ordinal();
    }

    public double weight() {
        return weight;
    }

    public static EventType fromWireName(String wireName) {
        return Arrays.stream(values()).filter(t -> t.wireName.equals(wireName)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown event type " + wireName));
    }
}
