package io.tsunagu.profilebridge.report;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

@Path("/shoppers/{visitorId}/report")
@Produces(MediaType.APPLICATION_JSON)
public class ReportResource {

    private final ReportService service;

    ReportResource(ReportService service) {
        this.service = service;
    }

    @GET
    @RolesAllowed({"staff", "manager", "admin"})
    public ReportView report(@PathParam("visitorId") String visitorId) {
        return service.reportOf(visitorId);
    }
}
