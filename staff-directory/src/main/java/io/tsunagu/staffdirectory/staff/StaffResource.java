package io.tsunagu.staffdirectory.staff;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import java.util.List;

@Path("/staff")
@Produces(MediaType.APPLICATION_JSON)
public class StaffResource {

    private final StaffService service;
    private final SecurityIdentity identity;

    public StaffResource(StaffService service, SecurityIdentity identity) {
        this.service = service;
        this.identity = identity;
    }

    @GET
    @RolesAllowed({"manager", "admin", "service"})
    public List<StaffView> list(@QueryParam("presence") String presence) {
        return service.list(presence);
    }

    @GET
    @Path("me")
    @RolesAllowed("staff")
    public StaffView me() {
        return service.get(identity.getPrincipal().getName());
    }

    @PUT
    @Path("{username}/expertise")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"manager", "admin"})
    public StaffView replaceExpertise(@PathParam("username") String username,
                                      @NotNull @Size(max = 50) List<@NotNull @Valid Expertise> expertise) {
        return service.replaceExpertise(username, expertise);
    }
}
