package io.tsunagu.matching.client;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.WebApplicationException;
import org.eclipse.microprofile.faulttolerance.Fallback;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/** profile-bridge as matching uses it: a shopper's interests and typed intent in, consultation notes out. */
@ApplicationScoped
public class ProfileBridge {

    private static final Logger LOG = Logger.getLogger(ProfileBridge.class);

    private final ProfileBridgeClient client;

    ProfileBridge(@RestClient ProfileBridgeClient client) {
        this.client = client;
    }

    /**
     * Tag → score of the shopper's live interests. Empty for a shopper without history, and when
     * profile-bridge does not answer: a request is better matched on language alone than not at all.
     */
    @Timeout(2000)
    @Fallback(fallbackMethod = "noInterests")
    public Map<String, Double> interests(String visitorId) {
        try {
            Map<String, Double> interests = client.interests(visitorId).interests();
            return interests == null ? Map.of() : interests;
        } catch (WebApplicationException e) {
            if (e.getResponse().getStatus() == 404) {
                return Map.of();
            }
            throw e;
        }
    }

    /**
     * Tag → score of what the shopper typed ("富士山に登りたい" → mountaineering), in Japanese or English.
     * Empty when nothing is recognised and when profile-bridge does not answer.
     */
    @Timeout(2000)
    @Fallback(fallbackMethod = "noIntent")
    public Map<String, Double> intent(String text, String language) {
        ProfileBridgeClient.Intent intent = client.intent(new ProfileBridgeClient.TypedText(text, language));
        Map<String, Double> tags = new LinkedHashMap<>();
        if (intent != null && intent.tags() != null) {
            intent.tags().forEach(tag -> tags.put(tag.tag(), tag.score()));
        }
        return tags;
    }

    /** Adds the notes to the shopper's timeline; throws {@link PartUnavailableException} when that fails. */
    @Timeout(3000)
    @Fallback(fallbackMethod = "noteNotAdded")
    public void addNote(String visitorId, ShopperNote note) {
        client.addNote(visitorId, note);
    }

    /**
     * Lets the staff member read the shopper's report until {@code until} (a later grant replaces it);
     * throws when profile-bridge does not take it, for the outbox to retry.
     */
    @Timeout(2000)
    public void grantReportAccess(String visitorId, String staffUsername, Instant until) {
        client.grantReportAccess(visitorId, staffUsername, new ProfileBridgeClient.ReportAccess(until));
    }

    Map<String, Double> noInterests(String visitorId, Throwable failure) {
        LOG.warnf("profile-bridge gave no interests for %s, matching without them: %s", visitorId, failure.toString());
        return Map.of();
    }

    Map<String, Double> noIntent(String text, String language, Throwable failure) {
        // The text is the shopper's own words: it stays out of the log.
        LOG.warnf("profile-bridge read no intent from a %s topic, matching without it: %s", language, failure.toString());
        return Map.of();
    }

    void noteNotAdded(String visitorId, ShopperNote note, Throwable failure) {
        throw new PartUnavailableException("profile-bridge", failure);
    }
}
