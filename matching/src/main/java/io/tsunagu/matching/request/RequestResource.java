package io.tsunagu.matching.request;

import io.quarkus.security.identity.SecurityIdentity;
import io.tsunagu.matching.access.Caller;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.core.Context;

import java.util.UUID;

@Path("/api/matching/requests")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Caller.SHOPPER)
public class RequestResource {

    private final RequestService service;
    private final SecurityIdentity identity;

    RequestResource(RequestService service, SecurityIdentity identity) {
        this.service = service;
        this.identity = identity;
    }

    @POST
    public Response open(@Valid @NotNull CreateRequest body, @Context UriInfo uri) {
        RequestView request = service.open(visitorId(), body);
        return Response.created(uri.getAbsolutePathBuilder().path(request.id().toString()).build()).entity(request).build();
    }

    @GET
    @Path("/{id}")
    public RequestView get(@PathParam("id") UUID id) {
        return service.get(id, visitorId());
    }

    @DELETE
    @Path("/{id}")
    public void cancel(@PathParam("id") UUID id) {
        service.cancel(id, visitorId());
    }

    private String visitorId() {
        return identity.getPrincipal().getName();
    }
}
