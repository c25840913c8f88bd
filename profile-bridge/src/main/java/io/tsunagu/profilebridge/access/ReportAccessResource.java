package io.tsunagu.profilebridge.access;

import io.tsunagu.problem.ProblemException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.jboss.resteasy.reactive.RestResponse;

import java.util.List;

/** Matching grants a staff member the report of the shopper they were offered; admins read who read what. */
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
public class ReportAccessResource {

    static final int MAX_AUDIT = 500;

    private final ReportAccessService service;

    ReportAccessResource(ReportAccessService service) {
        this.service = service;
    }

    @PUT
    @Path("report-access/{visitorId}/{staffUsername}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("service")
    public RestResponse<Void> grant(@PathParam("visitorId") String visitorId, @PathParam("staffUsername") String staffUsername,
                                    @Valid GrantInput input) {
        if (input == null) {
            throw ProblemException.badRequest("invalid-request", "Invalid request", "the body must be {\"until\":\"…Z\"}");
        }
        service.grant(visitorId, staffUsername, input.until());
        return RestResponse.noContent();
    }

    @GET
    @Path("audit")
    @RolesAllowed("admin")
    public List<AuditEntry> audit(@QueryParam("visitorId") String visitorId, @QueryParam("limit") @DefaultValue("100") int limit) {
        if (limit < 1 || limit > MAX_AUDIT) {
            throw ProblemException.badRequest("invalid-request", "Invalid request", "limit must be between 1 and " + MAX_AUDIT);
        }
        return service.auditOf(visitorId, limit);
    }
}
