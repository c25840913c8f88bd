package io.tsunagu.matching.availability;

import io.tsunagu.matching.client.Presence;
import io.tsunagu.matching.client.StaffStatus;
import io.tsunagu.matching.config.MatchingConfig;
import io.tsunagu.matching.consultation.ConsultationRepository;
import io.tsunagu.matching.request.RequestRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Predicate;

/**
 * What shoppers are told about waiting: staff on shift and free per language, and the mean handle
 * time of recent consultations. Refreshed by every matching round from staff-directory's roster,
 * so reading it (on every request view, and by anonymous widget calls) costs no remote call.
 */
@ApplicationScoped
public class Outlook {

    private final ConsultationRepository consultations;
    private final RequestRepository requests;
    private final MatchingConfig config;
    private final AtomicReference<Snapshot> current;

    /** The roster and handle time a round saw. */
    record Snapshot(List<StaffStatus> roster, double handleSeconds, Instant at) {
    }

    Outlook(ConsultationRepository consultations, RequestRepository requests, MatchingConfig config) {
        this.consultations = consultations;
        this.requests = requests;
        this.config = config;
        this.current = new AtomicReference<>(new Snapshot(List.of(), config.defaultHandleTime().toSeconds(), Instant.EPOCH));
    }

    /** Takes a fresh roster and recomputes the mean handle time. */
    @Transactional
    public void update(List<StaffStatus> roster) {
        List<Double> recent = consultations.recentHandleSeconds(config.handleTimeSample());
        double handle = recent.isEmpty()
                ? config.defaultHandleTime().toSeconds()
                : recent.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
        current.set(new Snapshot(List.copyOf(roster), handle, Instant.now()));
    }

    /** The estimate for a queued request in {@code language} at {@code position}; null when unknown or not queued. */
    public Integer estimatedWaitSeconds(String language, Integer position) {
        if (position == null) {
            return null;
        }
        Snapshot snapshot = current.get();
        return WaitEstimate.seconds(position, count(snapshot, speaks(language).and(Outlook::atWork).and(Outlook::free)),
                count(snapshot, speaks(language).and(Outlook::atWork)), snapshot.handleSeconds());
    }

    /** The widget's view before the shopper asks: may they ask now, and how long would they wait. */
    @Transactional
    public Availability availability(String language) {
        Snapshot snapshot = current.get();
        int onShift = count(snapshot, speaks(language).and(Outlook::atWork));
        int free = count(snapshot, speaks(language).and(Outlook::atWork).and(Outlook::free));
        int queueLength = Math.toIntExact(requests.countQueued(language));
        return new Availability(onShift > 0, onShift, free, queueLength,
                WaitEstimate.seconds(queueLength + 1, free, onShift, snapshot.handleSeconds()));
    }

    /** On shift and at the desk: staff who are AWAY or OFFLINE answer nobody, whatever their shift says. */
    private static boolean atWork(StaffStatus staff) {
        return staff.isOnShift() && !staff.isAbsent();
    }

    private static boolean free(StaffStatus staff) {
        return staff.presence() == Presence.AVAILABLE;
    }

    private static Predicate<StaffStatus> speaks(String language) {
        return staff -> language == null || staff.speaks(language);
    }

    private static int count(Snapshot snapshot, Predicate<StaffStatus> which) {
        return (int) snapshot.roster().stream().filter(which).count();
    }
}
