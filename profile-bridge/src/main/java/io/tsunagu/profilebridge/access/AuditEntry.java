package io.tsunagu.profilebridge.access;

import java.time.Instant;
import java.util.List;

/** One attempt to read a report. {@code outcome}: READ, DENIED or NOT_FOUND. */
public record AuditEntry(Instant at, String visitorId, String reader, List<String> roles, String outcome) {
}
