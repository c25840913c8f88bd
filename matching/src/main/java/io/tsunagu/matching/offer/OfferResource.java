package io.tsunagu.matching.offer;

import io.quarkus.security.identity.SecurityIdentity;
import io.tsunagu.matching.access.Caller;
import io.tsunagu.matching.consultation.ConsultationView;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import java.util.List;
import java.util.UUID;

@Path("/api/matching/offers")
@Produces(MediaType.APPLICATION_JSON)
public class OfferResource {

    private final OfferService service;
    private final SecurityIdentity identity;

    OfferResource(OfferService service, SecurityIdentity identity) {
        this.service = service;
        this.identity = identity;
    }

    @GET
    @Path("/mine")
    @RolesAllowed(Caller.STAFF)
    public List<OfferView> mine() {
        return service.pendingFor(identity.getPrincipal().getName());
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Caller.STAFF, Caller.MANAGER, Caller.ADMIN})
    public OfferView get(@PathParam("id") UUID id) {
        return service.get(id, Caller.of(identity));
    }

    @POST
    @Path("/{id}/accept")
    @RolesAllowed(Caller.STAFF)
    public ConsultationView accept(@PathParam("id") UUID id,
                                   @HeaderParam("Idempotency-Key") @Size(max = 64) String idempotencyKey) {
        return service.accept(id, identity.getPrincipal().getName(), idempotencyKey);
    }

    @POST
    @Path("/{id}/decline")
    @RolesAllowed(Caller.STAFF)
    public OfferView decline(@PathParam("id") UUID id) {
        return service.decline(id, identity.getPrincipal().getName());
    }
}
