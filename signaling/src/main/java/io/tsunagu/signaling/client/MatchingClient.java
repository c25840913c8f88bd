package io.tsunagu.signaling.client;

import io.quarkus.oidc.client.filter.OidcClientFilter;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import java.util.UUID;

/** matching's REST API as signaling calls it, with the service account's token. */
@RegisterRestClient(configKey = "matching")
@OidcClientFilter
@Path("/api/matching")
interface MatchingClient {

    @POST
    @Path("/consultations/{consultationId}/end")
    void endConsultation(@PathParam("consultationId") UUID consultationId);
}
