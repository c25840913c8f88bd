package io.tsunagu.staffdirectory.presence;

import io.quarkus.security.identity.SecurityIdentity;
import io.tsunagu.staffdirectory.staff.StaffView;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

@Path("/staff")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PresenceResource {

    private final PresenceService service;
    private final SecurityIdentity identity;

    public PresenceResource(PresenceService service, SecurityIdentity identity) {
        this.service = service;
        this.identity = identity;
    }

    @PUT
    @Path("me/presence")
    @RolesAllowed("staff")
    public StaffView changeOwn(@NotNull @Valid PresenceChange change) {
        return service.changeOwn(identity.getPrincipal().getName(), change);
    }

    /** The console says it is still open, every 20 s; without it an AVAILABLE staff member goes AWAY. */
    @POST
    @Path("me/heartbeat")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed("staff")
    public void heartbeat() {
        service.heartbeat(identity.getPrincipal().getName());
    }

    @PUT
    @Path("{username}/presence")
    @RolesAllowed("service")
    public StaffView change(@PathParam("username") String username, @NotNull @Valid PresenceChange change) {
        return service.change(username, change, identity.getPrincipal().getName());
    }
}
