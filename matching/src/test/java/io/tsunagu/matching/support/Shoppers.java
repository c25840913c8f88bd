package io.tsunagu.matching.support;

import java.util.Map;

import static io.tsunagu.testing.ApiCalls.asShopper;

/** Shoppers asking for a consultation through the API, as the widget does. */
public final class Shoppers {

    public static final String TOPIC = "富士山に登りたい";
    public static final Map<String, Double> CLIMBER_INTERESTS = Map.of(
            "mountaineering", 2.0, "rainwear", 1.2, "camping", 0.8, "trail-running", 0.5, "skiing", 0.3, "townwear", 0.1);

    private Shoppers() {
    }

    /** Opens a Japanese video request that may use the shopper's behaviour; answers its id. */
    public static String openRequest(String visitorId) {
        return openRequest(visitorId, true);
    }

    /** Opens a Japanese video request about {@link #TOPIC}; answers its id. */
    public static String openRequest(String visitorId, boolean useBehaviour) {
        return asShopper(visitorId)
                .body(Map.of("language", "ja", "channel", "VIDEO", "topic", TOPIC, "useBehaviour", useBehaviour))
                .post("/api/matching/requests")
                .then().statusCode(201)
                .extract().path("id");
    }
}
