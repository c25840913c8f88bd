package io.tsunagu.profilebridge.rights;

import io.quarkus.security.identity.SecurityIdentity;
import io.tsunagu.shopperticket.ShopperTickets;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.jboss.resteasy.reactive.RestResponse;

import java.util.Map;

/** A copy of everything about a shopper, and erasure of it: asked by the shopper, or by an admin on their behalf. */
@Path("/shoppers")
@Produces(MediaType.APPLICATION_JSON)
public class RightsResource {

    private final RightsService service;
    private final SecurityIdentity identity;

    RightsResource(RightsService service, SecurityIdentity identity) {
        this.service = service;
        this.identity = identity;
    }

    @GET
    @Path("me/export")
    @RolesAllowed(ShopperTickets.ROLE)
    public Map<String, Object> exportMine() {
        return service.export(identity.getPrincipal().getName());
    }

    @DELETE
    @Path("me")
    @RolesAllowed(ShopperTickets.ROLE)
    public RestResponse<Void> eraseMine() {
        service.erase(identity.getPrincipal().getName());
        return RestResponse.noContent();
    }

    @GET
    @Path("{visitorId}/export")
    @RolesAllowed("admin")
    public Map<String, Object> export(@PathParam("visitorId") String visitorId) {
        return service.export(visitorId);
    }

    @DELETE
    @Path("{visitorId}")
    @RolesAllowed("admin")
    public RestResponse<Void> erase(@PathParam("visitorId") String visitorId) {
        service.erase(visitorId);
        return RestResponse.noContent();
    }
}
