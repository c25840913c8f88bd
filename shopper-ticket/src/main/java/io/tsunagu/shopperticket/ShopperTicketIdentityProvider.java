package io.tsunagu.shopperticket;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/** Turns a valid ticket into an identity whose name is the visitor id and whose only role is {@value ShopperTickets#ROLE}. */
@ApplicationScoped
public class ShopperTicketIdentityProvider implements IdentityProvider<ShopperTicketAuthenticationRequest> {

    /** Attribute holding the ticket's expiry, for connections that must close when it passes. */
    public static final String EXPIRES_AT = "tsunagu.shopper-ticket.expires-at";

    private final ShopperTickets tickets;

    ShopperTicketIdentityProvider(ShopperTickets tickets) {
        this.tickets = tickets;
    }

    @Override
    public Class<ShopperTicketAuthenticationRequest> getRequestType() {
        return ShopperTicketAuthenticationRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(ShopperTicketAuthenticationRequest request, AuthenticationRequestContext context) {
        try {
            ShopperTicket ticket = tickets.verify(request.token());
            return Uni.createFrom().item(QuarkusSecurityIdentity.builder()
                    .setPrincipal(new QuarkusPrincipal(ticket.visitorId()))
                    .addRole(ShopperTickets.ROLE)
                    .addAttribute(EXPIRES_AT, ticket.expiresAt())
                    .build());
        } catch (InvalidShopperTicketException e) {
            return Uni.createFrom().failure(new AuthenticationFailedException("invalid shopper ticket: " + e.getMessage()));
        }
    }
}
