package io.tsunagu.staffdirectory.tag;

import jakarta.annotation.security.PermitAll;
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

@Path("/taxonomy")
@Produces(MediaType.APPLICATION_JSON)
public class TaxonomyResource {

    private final TaxonomyService service;

    public TaxonomyResource(TaxonomyService service) {
        this.service = service;
    }

    /** Public: tag names and synonyms are what the shop's own pages show. */
    @GET
    @PermitAll
    public List<TaxonomyNode> list() {
        return service.list();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"manager", "admin"})
    public Response create(@NotNull @Valid TaxonomyNode node) {
        return Response.status(Response.Status.CREATED).entity(service.create(node)).build();
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"manager", "admin"})
    public TaxonomyNode update(@PathParam("id") String id, @NotNull @Valid TaxonomyNode node) {
        return service.update(id, node);
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed({"manager", "admin"})
    public void delete(@PathParam("id") String id) {
        service.delete(id);
    }
}
