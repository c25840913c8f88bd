package io.tsunagu.matching.kpi;

import io.quarkus.oidc.client.filter.OidcClientFilter;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import java.util.List;

@RegisterRestClient(configKey = "staff-directory")
@OidcClientFilter
@Path("/api/staff-directory/managers")
@Produces(MediaType.APPLICATION_JSON)
interface ManagerStoresClient {

    @GET
    @Path("/{username}/stores")
    List<String> stores(@PathParam("username") String username);
}
