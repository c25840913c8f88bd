package io.tsunagu.matching.client;

import io.quarkus.oidc.client.filter.OidcClientFilter;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import java.time.Instant;
import java.util.List;
import java.util.Map;

@RegisterRestClient(configKey = "profile-bridge")
@OidcClientFilter
@Path("/api/profile-bridge")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
interface ProfileBridgeClient {

    @GET
    @Path("/shoppers/{visitorId}/interests")
    Interests interests(@PathParam("visitorId") String visitorId);

    @POST
    @Path("/shoppers/{visitorId}/notes")
    void addNote(@PathParam("visitorId") String visitorId, ShopperNote note);

    @PUT
    @Path("/report-access/{visitorId}/{staffUsername}")
    void grantReportAccess(@PathParam("visitorId") String visitorId, @PathParam("staffUsername") String staffUsername,
                           ReportAccess access);

    @POST
    @Path("/intents")
    Intent intent(TypedText text);

    record Interests(String visitorId, Map<String, Double> interests) {
    }

    record ReportAccess(Instant until) {
    }

    record TypedText(String text, String language) {
    }

    record Intent(List<TagScore> tags) {
    }

    record TagScore(String tag, double score) {
    }
}
