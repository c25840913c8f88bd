package io.tsunagu.profilebridge.person;

import io.tsunagu.problem.ProblemException;
import io.tsunagu.profilebridge.validation.Uuids;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import java.util.UUID;

/** Identity links come from the EC site's backend after a login; admins undo a wrong merge. */
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
public class IdentityResource {

    private final PersonService service;

    IdentityResource(PersonService service) {
        this.service = service;
    }

    @POST
    @Path("identity/links")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("service")
    public LinkView link(@Valid LinkRequest request) {
        return service.link(request);
    }

    @POST
    @Path("merges/{mergeId}/undo")
    @RolesAllowed("admin")
    public UndoView undo(@PathParam("mergeId") String mergeId) {
        if (mergeId == null || !mergeId.matches(Uuids.PATTERN)) {
            throw ProblemException.badRequest("invalid-request", "Invalid request", "the merge id must be a UUID");
        }
        return service.undo(UUID.fromString(mergeId));
    }
}
