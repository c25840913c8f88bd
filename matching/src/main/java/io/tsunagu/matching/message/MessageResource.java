package io.tsunagu.matching.message;

import io.quarkus.security.identity.SecurityIdentity;
import io.tsunagu.matching.access.Caller;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.util.List;
import java.util.UUID;

@Path("/api/matching/messages")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class MessageResource {

    private final MessageService service;
    private final SecurityIdentity identity;

    MessageResource(MessageService service, SecurityIdentity identity) {
        this.service = service;
        this.identity = identity;
    }

    @POST
    @RolesAllowed(Caller.SHOPPER)
    public Response leave(@Valid @NotNull LeaveMessage body) {
        return Response.status(Response.Status.CREATED).entity(service.leave(caller(), body)).build();
    }

    @GET
    @Path("/mine")
    @RolesAllowed(Caller.SHOPPER)
    public List<MessageView> mine() {
        return service.ofShopper(caller());
    }

    @GET
    @RolesAllowed(Caller.STAFF)
    public List<MessageView> forStaff() {
        return service.forStaff(caller());
    }

    @POST
    @Path("/{id}/claim")
    @RolesAllowed(Caller.STAFF)
    public MessageView claim(@PathParam("id") UUID id) {
        return service.claim(id, caller());
    }

    @POST
    @Path("/{id}/answer")
    @RolesAllowed(Caller.STAFF)
    public MessageView answer(@PathParam("id") UUID id, @Valid @NotNull AnswerInput body) {
        return service.answer(id, caller(), body);
    }

    private String caller() {
        return identity.getPrincipal().getName();
    }
}
