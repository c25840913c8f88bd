package io.tsunagu.profilebridge.note;

import io.tsunagu.problem.ProblemException;
import io.tsunagu.profilebridge.visitor.VisitorIds;
import io.tsunagu.profilebridge.visitor.VisitorRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

@ApplicationScoped
public class NoteService {

    private final ConsultationNoteRepository notes;
    private final VisitorRepository visitors;
    private final Clock clock;

    NoteService(ConsultationNoteRepository notes, VisitorRepository visitors, Clock clock) {
        this.notes = notes;
        this.visitors = visitors;
        this.clock = clock;
    }

    /** The stored note, and whether this call created it; a repeat of the consultation returns the first. */
    public record Recorded(NoteView note, boolean created) {
    }

    @Transactional
    public Recorded record(String visitorId, NoteInput input) {
        VisitorIds.require(visitorId);
        UUID consultationId = UUID.fromString(input.consultationId());
        Instant now = clock.instant();
        visitors.ensure(visitorId, now);
        boolean created = notes.insertNew(consultationId, visitorId, input, now);
        ConsultationNote stored = notes.findById(consultationId);
        if (!stored.visitorId.equals(visitorId)) {
            throw ProblemException.conflict("note-conflict", "Note belongs to another shopper",
                    "consultation " + consultationId + " already has a note for a different shopper");
        }
        return new Recorded(NoteView.of(stored), created);
    }
}
