package io.tsunagu.staffdirectory.audit;

import java.time.Instant;

/** One change: when, who, what they did to which entity, and a short description of the change. */
public record AuditEntry(Instant at, String actor, String action, String entity, String entityId, String storeId,
                         String detail) {
}
