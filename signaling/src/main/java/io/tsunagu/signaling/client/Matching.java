package io.tsunagu.signaling.client;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;

import java.util.UUID;

/**
 * matching as signaling uses it: ending a consultation whose call was abandoned, so that its staff
 * member is free again. A failure is logged, not retried: the room is ended here either way, and
 * matching's own timeouts catch a consultation left open.
 */
@ApplicationScoped
public class Matching {

    private static final Logger LOG = Logger.getLogger(Matching.class);

    private final MatchingClient client;

    Matching(@RestClient MatchingClient client) {
        this.client = client;
    }

    /** Tells matching that the consultation's call ended because a participant stayed away. True when matching took it. */
    public boolean endConsultation(UUID consultationId) {
        try {
            client.endConsultation(consultationId);
            return true;
        } catch (RuntimeException e) {
            LOG.warnf("matching did not end consultation %s: %s", consultationId, e.toString());
            return false;
        }
    }
}
