package io.tsunagu.matching.client;

import io.tsunagu.matching.presence.ShownPresence;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.faulttolerance.Fallback;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;

import java.util.List;
import java.util.Optional;

/** staff-directory as matching uses it: who takes offers now, and the busy states matching shows. */
@ApplicationScoped
public class StaffDirectory {

    private static final Logger LOG = Logger.getLogger(StaffDirectory.class);

    private final StaffDirectoryClient client;
    private final ShownPresence shownPresence;

    StaffDirectory(@RestClient StaffDirectoryClient client, ShownPresence shownPresence) {
        this.client = client;
        this.shownPresence = shownPresence;
    }

    /**
     * Staff who chose to be AVAILABLE, whatever offer or call they already hold (the round counts those against
     * their capacity); nobody when staff-directory does not answer, so the round is skipped.
     */
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

    /**
     * Sets a staff member's presence, as the most engaging of their live offers and calls shows it at
     * delivery; throws when staff-directory does not take it (the outbox retries).
     */
    @Timeout(2000)
    public void setPresence(String username, Presence presence) {
        client.setPresence(username, new StaffDirectoryClient.PresenceChange(shownPresence.of(username, presence)));
    }

    List<StaffMember> nobodyAvailable(Throwable failure) {
        LOG.warnf("staff-directory did not list the available staff, skipping this round: %s", failure.toString());
        return List.of();
    }

    Optional<List<StaffStatus>> noRoster(Throwable failure) {
        LOG.warnf("staff-directory did not list its staff: %s", failure.toString());
        return Optional.empty();
    }
}
