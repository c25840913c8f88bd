package io.tsunagu.staffdirectory.shift;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.util.List;
import java.util.UUID;

@Path("/staff/{username}/shifts")
@Produces(MediaType.APPLICATION_JSON)
public class ShiftResource {

    private final ShiftService service;

    public ShiftResource(ShiftService service) {
        this.service = service;
    }

    @GET
    @RolesAllowed({"staff", "manager", "admin"})
    public ShiftsView get(@PathParam("username") String username) {
        return service.get(username);
    }

    @PUT
    @Path("weekly")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"manager", "admin"})
    public ShiftsView replaceWeekly(@PathParam("username") String username,
                                    @NotNull @Size(max = 50) List<@NotNull @Valid WeeklyShift> weekly) {
        return service.replaceWeekly(username, weekly);
    }

    @POST
    @Path("exceptions")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"manager", "admin"})
    public Response addException(@PathParam("username") String username, @NotNull @Valid ShiftExceptionRequest request) {
        return Response.status(Response.Status.CREATED).entity(service.addException(username, request)).build();
    }

    @DELETE
    @Path("exceptions/{id}")
    @RolesAllowed({"manager", "admin"})
    public void deleteException(@PathParam("username") String username, @PathParam("id") UUID id) {
        service.deleteException(username, id);
    }

    @GET
    @Path("calendar")
    @RolesAllowed({"staff", "manager", "admin", "service"})
    public List<ShiftCalendar.Interval> calendar(@PathParam("username") String username,
                                                 @QueryParam("from") String from, @QueryParam("to") String to) {
        return service.calendar(username, from, to);
    }
}
