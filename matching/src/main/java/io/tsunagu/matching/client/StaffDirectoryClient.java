package io.tsunagu.matching.client;

import io.quarkus.oidc.client.filter.OidcClientFilter;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import java.util.List;

@RegisterRestClient(configKey = "staff-directory")
@OidcClientFilter
@Path("/api/staff-directory/staff")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
interface StaffDirectoryClient {

    /** Staff by their own choice of AVAILABLE, AWAY or OFFLINE, whatever busy state is shown over it. */
    @GET
    List<StaffMember> staff(@QueryParam("availability") Presence availability);

    /** Every staff member, whatever their presence. */
    @GET
    List<StaffStatus> roster();

    @PUT
    @Path("/{username}/presence")
    StaffMember setPresence(@PathParam("username") String username, PresenceChange change);

    record PresenceChange(Presence presence) {
    }
}
