package io.tsunagu.signaling;

import io.tsunagu.shopperticket.ShopperTickets;

/** The roles signaling's endpoints admit (docs/api.md, "Identities"). */
public final class Roles {

    /** Store staff, from Keycloak's realm roles. */
    public static final String STAFF = "staff";
    /** A shopper, from a verified shopper ticket. */
    public static final String SHOPPER = ShopperTickets.ROLE;
    /** Another part calling through the tsunagu-service account. */
    public static final String SERVICE = "service";

    private Roles() {
    }
}
