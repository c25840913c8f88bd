package io.tsunagu.staffdirectory.store;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import java.util.List;

@Path("/stores")
@Produces(MediaType.APPLICATION_JSON)
public class StoreResource {

    private final StoreService service;

    public StoreResource(StoreService service) {
        this.service = service;
    }

    @GET
    @RolesAllowed({"staff", "manager", "admin", "service"})
    public List<StoreView> list() {
        return service.list();
    }
}
