package io.tsunagu.matching.booking;

import io.quarkus.oidc.client.filter.OidcClientFilter;
import io.tsunagu.matching.client.StaffMember;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** staff-directory's staff, stores and shift calendars, as booking reads them. */
@RegisterRestClient(configKey = "staff-directory")
@OidcClientFilter
@Path("/api/staff-directory")
@Produces(MediaType.APPLICATION_JSON)
interface StaffCalendarClient {

    @GET
    @Path("/staff")
    List<BookableStaff> staff();

    @GET
    @Path("/stores")
    List<Store> stores();

    @GET
    @Path("/staff/{username}/shifts/calendar")
    List<Shift> calendar(@PathParam("username") String username, @QueryParam("from") LocalDate from,
                         @QueryParam("to") LocalDate to);

    record Store(String id, String timeZone) {
    }

    record Shift(Instant start, Instant end) {
    }

    /** A staff member as booking needs them; missing lists read as empty, missing channels as every channel. */
    record BookableStaff(String username, String displayName, String storeId, List<String> languages,
                         List<StaffMember.Expertise> expertise, List<String> channels) {

        public BookableStaff {
            languages = languages == null ? List.of() : List.copyOf(languages);
            expertise = expertise == null ? List.of() : List.copyOf(expertise);
            channels = channels == null ? StaffMember.ALL_CHANNELS : List.copyOf(channels);
            displayName = displayName == null ? username : displayName;
        }
    }
}
