package io.tsunagu.matching.weights;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.security.identity.SecurityIdentity;
import io.tsunagu.matching.access.Caller;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** The matching weights a manager tunes. */
@Path("/api/matching/weights")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Caller.MANAGER, Caller.ADMIN})
public class WeightResource {

    private final WeightService service;
    private final SecurityIdentity identity;

    WeightResource(WeightService service, SecurityIdentity identity) {
        this.service = service;
        this.identity = identity;
    }

    @GET
    public WeightsView get() {
        return service.view();
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    public WeightsView put(JsonNode weights) {
        return service.save(weights, identity.getPrincipal().getName());
    }
}
