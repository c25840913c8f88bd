package io.tsunagu.profilebridge.intent;

import io.tsunagu.problem.ProblemException;
import io.tsunagu.shopperticket.ShopperTickets;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

@Path("/intents")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class IntentResource {

    private final IntentMatcher matcher;

    IntentResource(IntentMatcher matcher) {
        this.matcher = matcher;
    }

    /** The shopper's widget (to show what it understood) and matching (for a request's topic) ask. */
    @POST
    @RolesAllowed({ShopperTickets.ROLE, "service"})
    public IntentTags tags(@Valid IntentRequest request) {
        if (request == null) {
            throw ProblemException.badRequest("invalid-request", "Invalid request", "the body must be {\"text\":\"…\",\"language\":\"ja\"|\"en\"}");
        }
        return new IntentTags(matcher.tags(request.text(), IntentLanguage.fromCode(request.language())));
    }
}
