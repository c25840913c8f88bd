package io.tsunagu.testing;

import io.tsunagu.shopperticket.ShopperTicketCodec;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/** Shopper tickets signed with the secret every part's %test profile uses. */
public final class TestShopperTickets {

    /** Must equal tsunagu.shopper-ticket.secret in the parts' %test profile. */
    public static final String TEST_SECRET = "test-only-shopper-ticket-secret-0123456789";

    private static final ShopperTicketCodec CODEC = new ShopperTicketCodec(TEST_SECRET, Duration.ofMinutes(10));

    private TestShopperTickets() {
    }

    public static String newVisitorId() {
        return "v-" + UUID.randomUUID().toString().replace("-", "").substring(0, 20);
    }

    public static String ticketFor(String visitorId) {
        return CODEC.issue(visitorId, Instant.now());
    }

    /** A ticket that expired a minute ago (issued 11 minutes ago with a 10-minute lifetime). */
    public static String expiredTicketFor(String visitorId) {
        return CODEC.issue(visitorId, Instant.now().minus(Duration.ofMinutes(11)));
    }
}
