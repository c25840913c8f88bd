package io.tsunagu.profilebridge.insights;

import io.quarkus.oidc.client.filter.OidcClientFilter;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import java.util.List;

/** The two calls to staff-directory the store insights need. */
final class StaffDirectoryClients {

    private StaffDirectoryClients() {
    }

    /** Who the caller is to staff-directory, asked with the caller's own token. */
    @RegisterRestClient(configKey = "staff-directory")
    @Path("/api/staff-directory/me")
    @Produces(MediaType.APPLICATION_JSON)
    interface Me {

        @GET
        Caller me(@HeaderParam("Authorization") String authorization);
    }

    /** Every staff member with their store, read with the service account's token. */
    @RegisterRestClient(configKey = "staff-directory")
    @OidcClientFilter
    @Path("/api/staff-directory/staff")
    @Produces(MediaType.APPLICATION_JSON)
    interface Staff {

        @GET
        List<StaffMember> staff();
    }

    @com.fasterxml.jackson.annotation.JsonIgnoreProperties(ignoreUnknown = true)
    record Caller(String username, List<String> storeIds) {
    }

    @com.fasterxml.jackson.annotation.JsonIgnoreProperties(ignoreUnknown = true)
    record StaffMember(String username, String storeId) {
    }
}
