package io.tsunagu.matching.client;

import io.quarkus.oidc.client.filter.OidcClientFilter;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import java.util.List;

@RegisterRestClient(configKey = "staff-directory")
@OidcClientFilter
@Path("/api/staff-directory/stores")
@Produces(MediaType.APPLICATION_JSON)
interface StaffDirectoryStoresClient {

    @GET
    List<StoreId> stores();

    /** Of a store, only what matching needs: its id. */
    record StoreId(String id) {
    }
}
