package io.tsunagu.staffdirectory.store;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.util.List;

@Path("/stores")
@Produces(MediaType.APPLICATION_JSON)
public class StoreResource {

    private final StoreService service;

    public StoreResource(StoreService service) {
        this.service = service;
    }

    @GET
    @RolesAllowed({"staff", "manager", "admin", "service"})
    public List<StoreView> list() {
        return service.list();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("admin")
    public Response create(@NotNull @Valid StoreRequest request) {
        return Response.status(Response.Status.CREATED).entity(service.create(request)).build();
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed("admin")
    public void delete(@PathParam("id") String id) {
        service.delete(id);
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"manager", "admin"})
    public StoreView update(@PathParam("id") String id, @NotNull @Valid StoreRequest request) {
        return service.update(id, request);
    }
}
