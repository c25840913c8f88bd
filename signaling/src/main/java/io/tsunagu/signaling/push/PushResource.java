package io.tsunagu.signaling.push;

import io.tsunagu.signaling.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

@Path("/api/signaling/pushes")
@RolesAllowed(Roles.SERVICE)
public class PushResource {

    private final PushService pushes;

    PushResource(PushService pushes) {
        this.pushes = pushes;
    }

    /** Sends an offer-notice, offer-withdrawn or queue-update to every socket of one participant. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Response push(@NotNull @Valid PushRequest request) {
        return Response.accepted(pushes.push(request)).build();
    }
}
