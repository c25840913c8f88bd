package io.tsunagu.profilebridge.note;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

public record NoteView(UUID consultationId, String staffUsername, String text, List<String> tags, List<String> productIds,
                       String outcome, LocalDate followUpOn, Instant at) {

    public static NoteView of(ConsultationNote note) {
        return new NoteView(note.consultationId, note.staffUsername, note.text, List.copyOf(note.tags),
                List.copyOf(note.productIds), note.outcome, note.followUpOn, note.createdAt);
    }
}
