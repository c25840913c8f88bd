package io.tsunagu.matching.consultation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A consultation as both sides see it; {@code notes} is null until the staff member wrote them. */
public record ConsultationView(UUID id, UUID requestId, UUID offerId, String visitorId, String staffUsername,
                               ConsultationStatus status, Instant startedAt, Instant endedAt, Notes notes) {

    public record Notes(String text, List<String> tags, List<String> productIds, Outcome outcome, LocalDate followUpOn) {
    }

    public static ConsultationView of(Consultation consultation) {
        Notes notes = consultation.hasNotes() ? new Notes(consultation.getNotesText(), consultation.getNotesTags(),
                consultation.getNotesProductIds(), consultation.getNotesOutcome(), consultation.getNotesFollowUpOn()) : null;
        return new ConsultationView(consultation.getId(), consultation.getRequestId(), consultation.getOfferId(),
                consultation.getVisitorId(), consultation.getStaffUsername(), consultation.getStatus(),
                consultation.getStartedAt(), consultation.getEndedAt(), notes);
    }
}
