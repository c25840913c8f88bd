package io.tsunagu.matching.booking;

import io.quarkus.security.identity.SecurityIdentity;
import io.tsunagu.matching.access.Caller;
import io.tsunagu.matching.request.RequestView;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.util.List;
import java.util.UUID;

@Path("/api/matching")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class BookingResource {

    private final BookingService service;
    private final SecurityIdentity identity;

    BookingResource(BookingService service, SecurityIdentity identity) {
        this.service = service;
        this.identity = identity;
    }

    @GET
    @Path("/booking-slots")
    @RolesAllowed(Caller.SHOPPER)
    public SlotsView slots(
            @QueryParam("language") @NotNull @Pattern(regexp = "[a-z]{2,3}", message = "must be an ISO 639 language code such as ja or en") String language,
            @QueryParam("storeId") @Pattern(regexp = "[a-z0-9-]{1,64}", message = "must be a store id such as tokyo") String storeId,
            @QueryParam("followUpOf") UUID followUpOf) {
        return service.slots(caller(), language, storeId, followUpOf);
    }

    @POST
    @Path("/bookings")
    @RolesAllowed(Caller.SHOPPER)
    public Response book(@Valid @NotNull BookInput body) {
        return Response.status(Response.Status.CREATED).entity(service.book(caller(), body)).build();
    }

    @GET
    @Path("/bookings/mine")
    @RolesAllowed(Caller.SHOPPER)
    public List<BookingView> mine() {
        return service.mine(caller());
    }

    @GET
    @Path("/bookings/upcoming")
    @RolesAllowed(Caller.STAFF)
    public List<BookingView> upcoming() {
        return service.upcomingFor(caller());
    }

    @DELETE
    @Path("/bookings/{id}")
    @RolesAllowed(Caller.SHOPPER)
    public void cancel(@PathParam("id") UUID id) {
        service.cancel(id, caller());
    }

    @GET
    @Path("/bookings/{id}/calendar")
    @Produces(CalendarFile.MEDIA_TYPE)
    @RolesAllowed(Caller.SHOPPER)
    public Response calendar(@PathParam("id") UUID id) {
        return Response.ok(service.calendarFile(id, caller()), CalendarFile.MEDIA_TYPE + ";charset=utf-8")
                .header("Content-Disposition", "attachment; filename=\"tsunagu-booking.ics\"")
                .build();
    }

    @POST
    @Path("/bookings/{id}/join")
    @RolesAllowed(Caller.SHOPPER)
    public RequestView join(@PathParam("id") UUID id) {
        return service.join(id, caller());
    }

    private String caller() {
        return identity.getPrincipal().getName();
    }
}
