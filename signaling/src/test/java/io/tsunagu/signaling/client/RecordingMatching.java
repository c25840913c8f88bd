package io.tsunagu.signaling.client;

import io.quarkus.test.Mock;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Stands in for matching in every test: matching does not run in signaling's tests. Records the
 * consultations signaling asked it to end, which the tests assert.
 */
@Mock
@ApplicationScoped
public class RecordingMatching extends Matching {

    private final List<UUID> ended = new CopyOnWriteArrayList<>();

    RecordingMatching() {
        super(null);
    }

    @Override
    public boolean endConsultation(UUID consultationId) {
        ended.add(consultationId);
        return true;
    }

    public List<UUID> ended() {
        return List.copyOf(ended);
    }
}
