package io.tsunagu.shopperticket;

import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;

/** The codec configured for this part. */
@ApplicationScoped
public class ShopperTickets {

    /** The role a verified ticket grants; endpoints for shoppers say {@code @RolesAllowed(ShopperTickets.ROLE)}. */
    public static final String ROLE = "shopper";
    /** The request header that carries a ticket; browsers' WebSockets pass it through the subprotocol list. */
    public static final String HEADER = "Shopper-Ticket";

    private final ShopperTicketCodec codec;
    private final Clock clock;

    ShopperTickets(ShopperTicketConfig config) {
        this.codec = new ShopperTicketCodec(config.secret(), config.lifetime());
        this.clock = Clock.systemUTC();
    }

    public String issue(String visitorId) {
        return codec.issue(visitorId, clock.instant());
    }

    public ShopperTicket verify(String token) {
        return codec.verify(token, clock.instant());
    }

    public java.time.Duration lifetime() {
        return codec.lifetime();
    }
}
