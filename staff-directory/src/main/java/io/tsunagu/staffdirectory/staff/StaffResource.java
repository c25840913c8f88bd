package io.tsunagu.staffdirectory.staff;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

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
    public List<StaffView> list(@QueryParam("presence") String presence, @QueryParam("availability") String availability) {
        return service.list(presence, availability);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"manager", "admin"})
    public Response create(@NotNull @Valid StaffRequest request) {
        return Response.status(Response.Status.CREATED).entity(service.create(request)).build();
    }

    @GET
    @Path("me")
    @RolesAllowed("staff")
    public StaffView me() {
        return service.get(identity.getPrincipal().getName());
    }

    @PUT
    @Path("me/profile")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("staff")
    public StaffView changeProfileText(@NotNull @Valid ProfileText profile) {
        return service.changeProfileText(identity.getPrincipal().getName(), profile);
    }

    @PUT
    @Path("{username}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"manager", "admin"})
    public StaffView update(@PathParam("username") String username, @NotNull @Valid StaffRequest request) {
        return service.update(username, request);
    }

    @DELETE
    @Path("{username}")
    @RolesAllowed({"manager", "admin"})
    public void delete(@PathParam("username") String username) {
        service.delete(username);
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
