package io.tsunagu.matching.consultation;

import io.quarkus.security.identity.SecurityIdentity;
import io.tsunagu.matching.access.Caller;
import io.tsunagu.matching.rating.RatingInput;
import io.tsunagu.matching.rating.RatingService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import java.util.List;
import java.util.UUID;

@Path("/api/matching/consultations")
@Produces(MediaType.APPLICATION_JSON)
public class ConsultationResource {

    private final ConsultationService service;
    private final SecurityIdentity identity;
    private final RatingService ratings;

    ConsultationResource(ConsultationService service, SecurityIdentity identity, RatingService ratings) {
        this.service = service;
        this.ratings = ratings;
        this.identity = identity;
    }

    @GET
    @Path("/mine")
    @RolesAllowed(Caller.STAFF)
    public List<ConsultationView> mine() {
        return service.mine(identity.getPrincipal().getName());
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Caller.STAFF, Caller.SHOPPER})
    public ConsultationView get(@PathParam("id") UUID id) {
        return service.get(id, Caller.of(identity));
    }

    @POST
    @Path("/{id}/end")
    @RolesAllowed({Caller.STAFF, Caller.SHOPPER, Caller.SERVICE})
    public ConsultationView end(@PathParam("id") UUID id) {
        return service.end(id, Caller.of(identity));
    }

    @POST
    @Path("/{id}/rating")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Caller.SHOPPER)
    public void rate(@PathParam("id") UUID id, @Valid @NotNull RatingInput body) {
        ratings.rate(id, identity.getPrincipal().getName(), body);
    }

    @POST
    @Path("/{id}/notes")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Caller.STAFF)
    public ConsultationView notes(@PathParam("id") UUID id, @Valid @NotNull NotesInput body) {
        return service.writeNotes(id, identity.getPrincipal().getName(), body);
    }
}
