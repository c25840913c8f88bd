package io.tsunagu.staffdirectory.access;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import java.util.List;

@Path("/")
@Produces(MediaType.APPLICATION_JSON)
public class AccessResource {

    private final AccessService service;

    public AccessResource(AccessService service) {
        this.service = service;
    }

    @GET
    @Path("me")
    @RolesAllowed({"staff", "manager", "admin"})
    public MeView me() {
        return service.me();
    }

    @GET
    @Path("managers/{username}/stores")
    @RolesAllowed({"admin", "service"})
    public List<String> managedStores(@PathParam("username") String username) {
        return service.managedStores(username);
    }

    @PUT
    @Path("managers/{username}/stores")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("admin")
    public List<String> replaceManagedStores(@PathParam("username") String username,
                                             @NotNull @Size(max = 200) List<@NotNull String> storeIds) {
        return service.replaceManagedStores(username, storeIds);
    }
}
