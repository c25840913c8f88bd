package io.tsunagu.staffdirectory.tag;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import java.util.List;

@Path("/tags")
@Produces(MediaType.APPLICATION_JSON)
public class TagResource {

    private final TagService service;

    public TagResource(TagService service) {
        this.service = service;
    }

    @GET
    @RolesAllowed({"staff", "manager", "admin", "service"})
    public List<TagView> list() {
        return service.list();
    }
}
