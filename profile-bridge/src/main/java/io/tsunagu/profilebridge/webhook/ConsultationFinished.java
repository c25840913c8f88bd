package io.tsunagu.profilebridge.webhook;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** The webhook's body: a consultation ended and its note was written. */
public record ConsultationFinished(String type, UUID deliveryId, UUID consultationId, String visitorId, String staffUsername,
                                   List<String> tags, List<String> productIds, String outcome, LocalDate followUpOn,
                                   Instant at) {

    public static final String TYPE = "consultation.finished";
}
