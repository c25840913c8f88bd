package io.tsunagu.profilebridge.note;

import io.tsunagu.problem.ProblemException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** Notes arrive from matching (role service) after a consultation; they may be delivered more than once. */
@Path("/shoppers/{visitorId}/notes")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class NoteResource {

    private final NoteService service;

    NoteResource(NoteService service) {
        this.service = service;
    }

    @POST
    @RolesAllowed("service")
    public Response record(@PathParam("visitorId") String visitorId, @Valid NoteInput note) {
        if (note == null) {
            throw ProblemException.badRequest("invalid-request", "Invalid request",
                    "the body must be {\"consultationId\":…,\"staffUsername\":…,\"text\":…,\"tags\":[…]}");
        }
        NoteService.Recorded recorded = service.record(visitorId, note);
        return Response.status(recorded.created() ? Response.Status.CREATED : Response.Status.OK)
                .entity(recorded.note()).build();
    }
}
