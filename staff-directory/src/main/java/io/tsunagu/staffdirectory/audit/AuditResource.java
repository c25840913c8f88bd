package io.tsunagu.staffdirectory.audit;

import io.tsunagu.staffdirectory.Violations;
import io.tsunagu.staffdirectory.access.StoreAccess;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import java.util.List;

@Path("/audit")
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {

    private static final int MAX_LIMIT = 500;

    private final AuditLog audit;
    private final StoreAccess access;

    public AuditResource(AuditLog audit, StoreAccess access) {
        this.audit = audit;
        this.access = access;
    }

    /** Admins read every entry, managers those of their stores and of the taxonomy. */
    @GET
    @RolesAllowed({"manager", "admin"})
    public List<AuditEntry> newest(@QueryParam("limit") @DefaultValue("50") String limit) {
        return audit.newest(limit(limit), access.isAdmin() ? null : access.managedBy(access.actor()));
    }

    private static int limit(String text) {
        try {
            int value = Integer.parseInt(text);
            if (value >= 1 && value <= MAX_LIMIT) {
                return value;
            }
        } catch (NumberFormatException e) {
            // answered below, like a number out of range
        }
        throw Violations.invalid("limit", "must be a whole number from 1 to " + MAX_LIMIT);
    }
}
