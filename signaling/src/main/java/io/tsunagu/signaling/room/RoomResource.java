package io.tsunagu.signaling.room;

import io.tsunagu.problem.ProblemException;
import io.tsunagu.signaling.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.util.UUID;

@Path("/api/signaling/rooms")
@RolesAllowed(Roles.SERVICE)
public class RoomResource {

    private final RoomService rooms;

    RoomResource(RoomService rooms) {
        this.rooms = rooms;
    }

    /** Opens the room of a started consultation and sends call-start to both participants; 201 also on a repeat. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Response open(@NotNull @Valid OpenRoomRequest request) {
        return Response.status(Response.Status.CREATED).entity(rooms.open(request)).build();
    }

    /** Ends the room and sends call-end to both participants; 204 also when it had ended already. */
    @DELETE
    @Path("/{consultationId}")
    public void end(@PathParam("consultationId") String consultationId) {
        rooms.end(parse(consultationId));
    }

    private static UUID parse(String consultationId) {
        try {
            UUID parsed = UUID.fromString(consultationId);
            // fromString also takes shortened forms such as 1-2-3-4-5; only the canonical one names a consultation.
            if (parsed.toString().equalsIgnoreCase(consultationId)) {
                return parsed;
            }
        } catch (IllegalArgumentException e) {
            // answered below, like a non-canonical form
        }
        throw ProblemException.badRequest("invalid-request", "Invalid request", "consultationId must be a UUID");
    }
}
