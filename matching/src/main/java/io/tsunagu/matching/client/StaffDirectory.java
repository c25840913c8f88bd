package io.tsunagu.matching.client;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.faulttolerance.Fallback;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;

import java.util.List;

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

    /** Every staff member whatever their presence (for their stores); nobody when staff-directory does not answer. */
    @Timeout(2000)
    @Fallback(fallbackMethod = "nobodyListed")
    public List<StaffMember> allStaff() {
        return client.staff(null);
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

    List<StaffMember> nobodyListed(Throwable failure) {
        LOG.warnf("staff-directory did not list the staff: %s", failure.toString());
        return List.of();
    }

    void presenceNotSet(String username, Presence presence, Throwable failure) {
        LOG.errorf("staff-directory did not set %s to %s: %s", username, presence, failure.toString());
    }
}
