package io.tsunagu.matching.dryrun;

import com.fasterxml.jackson.databind.JsonNode;
import io.tsunagu.matching.access.Caller;
import io.tsunagu.matching.weights.WeightService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** A preview of candidate weights on the current queue; changes nothing. */
@Path("/api/matching/weights/dry-run")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Caller.MANAGER, Caller.ADMIN})
public class DryRunResource {

    private final DryRunService service;

    DryRunResource(DryRunService service) {
        this.service = service;
    }

    /** Runs on a worker thread: two solves take up to the solver's time limit each. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public DryRunView dryRun(JsonNode weights) {
        return service.run(WeightService.parse(weights));
    }
}
