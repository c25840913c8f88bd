package io.tsunagu.matching.client;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.faulttolerance.Fallback;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;

import java.util.List;
import java.util.Optional;

/** staff-directory as matching uses it: who is free now, and the busy states matching sets. */
@ApplicationScoped
public class StaffDirectory {

    private static final Logger LOG = Logger.getLogger(StaffDirectory.class);

    private final StaffDirectoryClient client;

    StaffDirectory(@RestClient StaffDirectoryClient client) {
        this.client = client;
    }

    /** Staff whose presence is AVAILABLE; nobody when staff-directory does not answer, so the round is skipped. */
    @Timeout(2000)
    @Fallback(fallbackMethod = "nobodyAvailable")
    public List<StaffMember> availableStaff() {
        return client.staff(Presence.AVAILABLE);
    }

    /**
     * Every staff member with their presence and shift; empty when staff-directory does not
     * answer, so that callers keep what they knew rather than take "nobody" for an answer.
     */
    @Timeout(2000)
    @Fallback(fallbackMethod = "noRoster")
    public Optional<List<StaffStatus>> roster() {
        return Optional.of(client.roster());
    }

    /** Sets a staff member's presence; a failure is logged, the next change or the staff member corrects it. */
    @Timeout(2000)
    @Fallback(fallbackMethod = "presenceNotSet")
    public void setPresence(String username, Presence presence) {
        client.setPresence(username, new StaffDirectoryClient.PresenceChange(presence));
    }

    List<StaffMember> nobodyAvailable(Throwable failure) {
        LOG.warnf("staff-directory did not list the available staff, skipping this round: %s", failure.toString());
        return List.of();
    }

    Optional<List<StaffStatus>> noRoster(Throwable failure) {
        LOG.warnf("staff-directory did not list its staff: %s", failure.toString());
        return Optional.empty();
    }

    void presenceNotSet(String username, Presence presence, Throwable failure) {
        LOG.errorf("staff-directory did not set %s to %s: %s", username, presence, failure.toString());
    }
}
