package io.tsunagu.profilebridge;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.tsunagu.testing.ApiCalls.asService;
import static io.tsunagu.testing.ApiCalls.asShopper;
import static org.hamcrest.Matchers.equalTo;

/** Paths and data the profile-bridge tests share. */
public final class ApiTesting {

    public static final String BASE = "/api/profile-bridge";
    public static final String TICKETS = BASE + "/shopper-tickets";
    public static final String EVENTS = BASE + "/events";
    public static final String INTERESTS = BASE + "/shoppers/{visitorId}/interests";
    public static final String REPORT = BASE + "/shoppers/{visitorId}/report";
    public static final String NOTES = BASE + "/shoppers/{visitorId}/notes";
    public static final String INTENTS = BASE + "/intents";
    public static final String OFFLINE_EVENTS = BASE + "/offline-events";
    public static final String POS_IMPORT = BASE + "/imports/pos";
    public static final String GRANT = BASE + "/report-access/{visitorId}/{staffUsername}";
    public static final String AUDIT = BASE + "/audit";
    public static final String CONSENT = BASE + "/shoppers/me/consent";
    public static final String LINKS = BASE + "/identity/links";
    public static final String UNDO = BASE + "/merges/{mergeId}/undo";
    public static final String MALFORMED_JSON = "{\"events\": [";

    private ApiTesting() {
    }

    public static Map<String, Object> event(String type, String productId, List<String> tags, Instant occurredAt) {
        Map<String, Object> event = new HashMap<>();
        event.put("id", UUID.randomUUID().toString());
        event.put("type", type);
        if (productId != null) {
            event.put("productId", productId);
        }
        event.put("tags", tags);
        event.put("occurredAt", occurredAt.toString());
        return event;
    }

    public static Map<String, Object> batch(List<Map<String, Object>> events) {
        return Map.of("events", events);
    }

    /** Posts the events as a visitor who agreed to the use of their behaviour, and expects them all to be accepted. */
    public static void record(String visitorId, List<Map<String, Object>> events) {
        consent(visitorId, true);
        recordWithoutConsent(visitorId, events);
    }

    /** Lets the staff member read the visitor's report for the next hour, as matching does for an offer. */
    public static void grant(String visitorId, String staffUsername) {
        asService().body(Map.of("until", Instant.now().plusSeconds(3600).toString())).put(GRANT, visitorId, staffUsername)
                .then().statusCode(204);
    }

    public static void consent(String visitorId, boolean useBehaviour) {
        asShopper(visitorId).body(Map.of("useBehaviour", useBehaviour)).put(CONSENT).then().statusCode(200);
    }

    /** Posts the events as the visitor and expects them all to be accepted. */
    public static void recordWithoutConsent(String visitorId, List<Map<String, Object>> events) {
        asShopper(visitorId).body(batch(events)).post(EVENTS).then().statusCode(202).body("accepted", equalTo(events.size()));
    }

    public static Map<String, Object> note(UUID consultationId, String staffUsername, String text, List<String> tags) {
        return Map.of("consultationId", consultationId.toString(), "staffUsername", staffUsername, "text", text, "tags", tags);
    }
}
