package io.tsunagu.profilebridge.interest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** The interest snapshot matching reads before it solves; staff see interests through the report instead. */
@Path("/shoppers/{visitorId}/interests")
@Produces(MediaType.APPLICATION_JSON)
public class InterestResource {

    private final InterestService service;

    InterestResource(InterestService service) {
        this.service = service;
    }

    @GET
    @RolesAllowed({"service", "admin"})
    public InterestsView interests(@PathParam("visitorId") String visitorId) {
        return service.interestsOf(visitorId);
    }
}
