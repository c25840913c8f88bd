package io.tsunagu.signaling.resume;

import io.tsunagu.signaling.connection.Participant;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/** Participants whose last socket in a room dropped, since when: their peer has been told {@code peer-paused}. */
@ApplicationScoped
public class Pauses {

    /** One participant away from one room. */
    public record Away(UUID consultationId, Participant participant) {
    }

    private final Map<Away, Instant> since = new ConcurrentHashMap<>();
    private final Duration grace;

    Pauses(ResumeConfig config) {
        this.grace = config.grace();
    }

    public void pause(UUID consultationId, Participant participant, Instant now) {
        since.putIfAbsent(new Away(consultationId, participant), now);
    }

    /** The participant is back; true when they had been away (their peer was told, and must hear of the return). */
    public boolean resume(UUID consultationId, Participant participant) {
        return since.remove(new Away(consultationId, participant)) != null;
    }

    /** Takes out and answers those away for the grace period or longer. */
    public List<Away> takeOverdue(Instant now) {
        List<Away> overdue = new ArrayList<>();
        since.forEach((away, at) -> {
            if (!now.isBefore(at.plus(grace)) && since.remove(away, at)) {
                overdue.add(away);
            }
        });
        return overdue;
    }

    public void forgetRoom(UUID consultationId) {
        since.keySet().removeIf(away -> away.consultationId().equals(consultationId));
    }

    public int size() {
        return since.size();
    }
}
