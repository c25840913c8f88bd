package io.tsunagu.profilebridge.ticket;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.jboss.resteasy.reactive.ResponseStatus;

/** Anonymous on purpose: the widget asks for a ticket before the shopper has any other identity. */
@Path("/shopper-tickets")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class ShopperTicketResource {

    private final TicketService service;

    ShopperTicketResource(TicketService service) {
        this.service = service;
    }

    @POST
    @PermitAll
    @ResponseStatus(201)
    public TicketView issue(TicketRequest request) {
        return service.issue(request == null ? null : request.visitorId());
    }
}
