package io.tsunagu.profilebridge.cdp;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A finished consultation as it goes to a CDP: an event on the member's timeline, with a stable id. */
public record CdpConsultation(UUID consultationId, String staffUsername, List<String> tags, List<String> productIds,
                              String outcome, LocalDate followUpOn, Instant at) {
}
