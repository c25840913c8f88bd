package io.tsunagu.matching.request;

import io.tsunagu.matching.client.ProfileBridge;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Map;
import java.util.Set;

/**
 * The interest snapshot a request, a message or a booking is matched on: the shopper's behaviour only
 * with consent, and the tags of the topic they typed. Called outside any transaction (it asks profile-bridge).
 */
@ApplicationScoped
public class InterestSnapshots {

    /** The languages profile-bridge reads typed intent in. */
    private static final Set<String> INTENT_LANGUAGES = Set.of("ja", "en");

    private final ProfileBridge profileBridge;

    InterestSnapshots(ProfileBridge profileBridge) {
        this.profileBridge = profileBridge;
    }

    public Map<String, Double> of(String visitorId, boolean behaviourAllowed, String topic, String language) {
        Map<String, Double> behaviour = behaviourAllowed ? profileBridge.interests(visitorId) : Map.of();
        return InterestSnapshot.withIntent(behaviour, typedIntent(topic, language));
    }

    private Map<String, Double> typedIntent(String topic, String language) {
        if (topic == null || topic.isBlank() || !INTENT_LANGUAGES.contains(language)) {
            return Map.of();
        }
        return profileBridge.intent(topic, language);
    }
}
