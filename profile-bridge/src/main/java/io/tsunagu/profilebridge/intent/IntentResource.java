package io.tsunagu.profilebridge.intent;

import io.quarkus.security.identity.SecurityIdentity;
import io.tsunagu.problem.ProblemException;
import io.tsunagu.profilebridge.person.PersonService;
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
    private final PersonService persons;
    private final SecurityIdentity identity;

    IntentResource(IntentMatcher matcher, PersonService persons, SecurityIdentity identity) {
        this.matcher = matcher;
        this.persons = persons;
        this.identity = identity;
    }

    /** The shopper's widget (to show what it understood) and matching (for a request's topic) ask. */
    @POST
    @RolesAllowed({ShopperTickets.ROLE, "service"})
    public IntentTags tags(@Valid IntentRequest request) {
        if (request == null) {
            throw ProblemException.badRequest("invalid-request", "Invalid request", "the body must be {\"text\":\"…\",\"language\":\"ja\"|\"en\"}");
        }
        IntentTags tags = new IntentTags(matcher.tags(request.text(), IntentLanguage.fromCode(request.language())));
        if (identity.hasRole(ShopperTickets.ROLE)) {
            persons.rememberLanguage(identity.getPrincipal().getName(), request.language());
        }
        return tags;
    }
}
