package io.tsunagu.profilebridge.report;

import io.quarkus.security.identity.SecurityIdentity;
import io.tsunagu.problem.Problem;
import io.tsunagu.problem.ProblemException;
import io.tsunagu.profilebridge.access.ReportAccessService;
import io.tsunagu.profilebridge.access.ReportAccessService.Outcome;
import io.tsunagu.profilebridge.person.VisitorIds;
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
    private final ReportAccessService access;
    private final SecurityIdentity identity;

    ReportResource(ReportService service, ReportAccessService access, SecurityIdentity identity) {
        this.service = service;
        this.access = access;
        this.identity = identity;
    }

    /**
     * Staff read only the report of a shopper whose offer or call is theirs (a live grant from
     * matching); admins read any. Managers see shoppers only in aggregate (store insights), so they
     * too need a grant. Every attempt is written to the audit log.
     */
    @GET
    @RolesAllowed({"staff", "manager", "admin"})
    public ReportView report(@PathParam("visitorId") String visitorId) {
        VisitorIds.require(visitorId);
        String reader = identity.getPrincipal().getName();
        if (!identity.hasRole("admin") && !access.hasLiveGrant(visitorId, reader)) {
            // Checked before the visitor is looked up: a refused reader learns nothing, not even whether the shopper exists.
            access.audit(visitorId, reader, identity.getRoles(), Outcome.DENIED);
            throw new ProblemException(Problem.of(403, "not-your-shopper", "Not your shopper",
                    "a staff member reads a shopper's report only during their offer or call"));
        }
        try {
            return service.reportOf(visitorId, reader, identity.getRoles());
        } catch (ProblemException e) {
            if (e.problem().status() == 404) {
                access.audit(visitorId, reader, identity.getRoles(), Outcome.NOT_FOUND);
            }
            throw e;
        }
    }
}
