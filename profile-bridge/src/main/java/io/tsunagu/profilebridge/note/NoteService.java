package io.tsunagu.profilebridge.note;

import io.tsunagu.problem.ProblemException;
import io.tsunagu.profilebridge.person.VisitorIds;
import io.tsunagu.profilebridge.person.IdentityRepository;
import io.tsunagu.profilebridge.interest.InterestService;
import io.tsunagu.profilebridge.webhook.WebhookService;
import io.tsunagu.profilebridge.cdp.CdpPushService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class NoteService {

    private final ConsultationNoteRepository notes;
    private final IdentityRepository visitors;
    private final InterestService interests;
    private final WebhookService webhook;
    private final CdpPushService cdp;
    private final Clock clock;

    NoteService(ConsultationNoteRepository notes, IdentityRepository visitors, InterestService interests, WebhookService webhook,
                CdpPushService cdp, Clock clock) {
        this.webhook = webhook;
        this.cdp = cdp;
        this.interests = interests;
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
        visitors.ensureVisitor(visitorId, now);
        boolean created = notes.insertNew(consultationId, visitorId, input, now);
        ConsultationNote stored = notes.findById(consultationId);
        if (!stored.identityKey.equals(visitorId)) {
            throw ProblemException.conflict("note-conflict", "Note belongs to another shopper",
                    "consultation " + consultationId + " already has a note for a different shopper");
        }
        if (created) {
            UUID personId = visitors.requireVisitor(visitorId).personId;
            interests.record(personId, List.of(interests.signalOf(stored)));
            webhook.consultationFinished(visitorId, NoteView.of(stored));
            cdp.consultationFinished(visitorId, visitors.memberIdOf(personId), NoteView.of(stored));
        }
        return new Recorded(NoteView.of(stored), created);
    }
}
