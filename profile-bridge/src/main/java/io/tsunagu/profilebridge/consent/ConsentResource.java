package io.tsunagu.profilebridge.consent;

import io.quarkus.security.identity.SecurityIdentity;
import io.tsunagu.problem.ProblemException;
import io.tsunagu.shopperticket.ShopperTickets;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** The shopper states their own consent; the widget sets it from its consent choice before a request. */
@Path("/shoppers/me/consent")
@Produces(MediaType.APPLICATION_JSON)
public class ConsentResource {

    private final ConsentService service;
    private final SecurityIdentity identity;

    ConsentResource(ConsentService service, SecurityIdentity identity) {
        this.service = service;
        this.identity = identity;
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(ShopperTickets.ROLE)
    public ConsentView set(@Valid ConsentInput input) {
        if (input == null) {
            throw ProblemException.badRequest("invalid-request", "Invalid request", "the body must be {\"useBehaviour\":true|false}");
        }
        return service.set(identity.getPrincipal().getName(), input.useBehaviour());
    }

    @GET
    @RolesAllowed(ShopperTickets.ROLE)
    public ConsentView get() {
        return service.of(identity.getPrincipal().getName());
    }
}
