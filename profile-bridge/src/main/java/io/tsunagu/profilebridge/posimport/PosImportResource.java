package io.tsunagu.profilebridge.posimport;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** A day's till receipts from the POS, as CSV. */
@Path("/imports/pos")
public class PosImportResource {

    private final PosImportService service;

    PosImportResource(PosImportService service) {
        this.service = service;
    }

    @POST
    @Consumes("text/csv")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({"service", "admin"})
    public PosImportResult importReceipts(String body) {
        return service.importCsv(body);
    }
}
