package io.tsunagu.matching.availability;

import jakarta.annotation.security.PermitAll;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/** For the widget, before anyone asks: no authentication, and no remote call per request. */
@Path("/api/matching/availability")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
public class AvailabilityResource {

    private final Outlook outlook;

    AvailabilityResource(Outlook outlook) {
        this.outlook = outlook;
    }

    @GET
    public Availability get(@QueryParam("language")
                            @Pattern(regexp = "[a-z]{2,3}", message = "must be an ISO 639 language code such as ja or en")
                            String language) {
        return outlook.availability(language);
    }
}
