package io.tsunagu.profilebridge.ticket;

import io.tsunagu.profilebridge.person.VisitorIds;
import io.tsunagu.profilebridge.person.IdentityRepository;
import io.tsunagu.shopperticket.ShopperTicket;
import io.tsunagu.shopperticket.ShopperTickets;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Clock;

@ApplicationScoped
public class TicketService {

    private final ShopperTickets tickets;
    private final IdentityRepository visitors;
    private final Clock clock;

    TicketService(ShopperTickets tickets, IdentityRepository visitors, Clock clock) {
        this.tickets = tickets;
        this.visitors = visitors;
        this.clock = clock;
    }

    /** Issues a ticket for the given visitor, or for a new one when none is given, and records the visitor. */
    @Transactional
    public TicketView issue(String requestedVisitorId) {
        String visitorId = requestedVisitorId == null ? VisitorIds.newVisitorId() : VisitorIds.require(requestedVisitorId);
        visitors.ensureVisitor(visitorId, clock.instant());
        String token = tickets.issue(visitorId);
        // Read the expiry back from the ticket itself, so the answer states exactly what was signed.
        ShopperTicket issued = tickets.verify(token);
        return new TicketView(token, visitorId, issued.expiresAt());
    }
}
