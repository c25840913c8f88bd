package io.tsunagu.profilebridge.event;

import io.quarkus.security.identity.SecurityIdentity;
import io.tsunagu.problem.ProblemException;
import io.tsunagu.shopperticket.ShopperTickets;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.jboss.resteasy.reactive.ResponseStatus;

@Path("/events")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class EventResource {

    private final EventService service;
    private final SecurityIdentity identity;

    EventResource(EventService service, SecurityIdentity identity) {
        this.service = service;
        this.identity = identity;
    }

    /** The events are the ticket holder's: a shopper cannot report behaviour for someone else. */
    @POST
    @RolesAllowed(ShopperTickets.ROLE)
    @ResponseStatus(202)
    public IngestResult ingest(@Valid EventBatch batch) {
        if (batch == null) {
            throw ProblemException.badRequest("invalid-request", "Invalid request", "the body must be {\"events\":[…]}");
        }
        return service.ingest(identity.getPrincipal().getName(), batch);
    }
}
