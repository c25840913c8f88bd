package io.tsunagu.profilebridge.taxonomy;

import io.quarkus.oidc.client.filter.OidcClientFilter;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import java.util.List;

/** staff-directory's tag taxonomy, read with the service account's token. */
@RegisterRestClient(configKey = "staff-directory")
@OidcClientFilter
@Path("/api/staff-directory/taxonomy")
@Produces(MediaType.APPLICATION_JSON)
interface TaxonomyClient {

    @GET
    List<TaxonomyNode> taxonomy();
}
