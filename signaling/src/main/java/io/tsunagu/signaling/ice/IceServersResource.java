package io.tsunagu.signaling.ice;

import io.quarkus.security.identity.SecurityIdentity;
import io.tsunagu.problem.ProblemException;
import io.tsunagu.signaling.Roles;
import io.tsunagu.signaling.connection.Participant;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

@Path("/api/signaling/ice-servers")
@Produces(MediaType.APPLICATION_JSON)
public class IceServersResource {

    private final IceServerService iceServers;
    private final SecurityIdentity identity;

    IceServersResource(IceServerService iceServers, SecurityIdentity identity) {
        this.iceServers = iceServers;
        this.identity = identity;
    }

    /** STUN and TURN servers for the caller's next call. The TURN credential is personal: never cached. */
    @GET
    @RolesAllowed({Roles.STAFF, Roles.SHOPPER})
    public Response get() {
        Participant participant = Participant.of(identity)
                .orElseThrow(() -> ProblemException.forbidden("only staff and shoppers make calls"));
        return Response.ok(iceServers.forParticipant(participant))
                .header("Cache-Control", "no-store")
                .build();
    }
}
