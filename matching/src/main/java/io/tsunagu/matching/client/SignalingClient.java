package io.tsunagu.matching.client;

import io.quarkus.oidc.client.filter.OidcClientFilter;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import java.util.UUID;

@RegisterRestClient(configKey = "signaling")
@OidcClientFilter
@Path("/api/signaling")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
interface SignalingClient {

    @POST
    @Path("/pushes")
    void push(Push push);

    @POST
    @Path("/rooms")
    void openRoom(Room room);

    @DELETE
    @Path("/rooms/{consultationId}")
    void closeRoom(@PathParam("consultationId") UUID consultationId);

    record Push(Recipient to, Object message) {
    }

    record Room(UUID consultationId, String visitorId, String staffUsername) {
    }
}
