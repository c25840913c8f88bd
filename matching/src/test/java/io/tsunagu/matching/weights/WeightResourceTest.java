package io.tsunagu.matching.weights;

import io.quarkus.test.InjectMock;
import io.quarkus.test.junit.QuarkusTest;
import io.tsunagu.matching.client.ProfileBridge;
import io.tsunagu.matching.client.Signaling;
import io.tsunagu.matching.client.StaffDirectory;
import io.tsunagu.matching.support.DemoStaff;
import io.tsunagu.matching.support.Shoppers;
import io.tsunagu.matching.support.Tables;
import io.tsunagu.testing.DemoUsers;
import io.tsunagu.testing.TestShopperTickets;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static io.tsunagu.testing.ApiCalls.anonymous;
import static io.tsunagu.testing.ApiCalls.as;
import static io.tsunagu.testing.ApiCalls.asShopper;
import static io.tsunagu.testing.ApiCalls.problem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.mockito.Mockito.when;

/** The managers' weights: who may read and change them, what is refused, and that a solve applies them. */
@QuarkusTest
class WeightResourceTest {

    private static final String WEIGHTS = "/api/matching/weights";
    private static final Map<String, Integer> DEFAULTS = defaults();
    private static final Duration OFFER_WAIT = Duration.ofSeconds(10);

    @InjectMock
    StaffDirectory staffDirectoryMock;
    @InjectMock
    ProfileBridge profileBridgeMock;
    @InjectMock
    Signaling signalingMock;
    @Inject
    Tables tables;

    private static Map<String, Integer> defaults() {
        Map<String, Integer> weights = new LinkedHashMap<>();
        weights.put("expertiseFit", 10);
        weights.put("waitingTime", 2);
        weights.put("continuity", 5);
        weights.put("storeAffinity", 3);
        weights.put("fairLoad", 1);
        weights.put("shiftEnd", 5);
        return weights;
    }

    private static Map<String, Object> defaultsWith(String key, Object value) {
        Map<String, Object> weights = new HashMap<>(DEFAULTS);
        weights.put(key, value);
        return weights;
    }

    @BeforeEach
    void emptyQueue() {
        tables.clear();
    }

    @AfterEach
    void restoreDefaults() {
        as(DemoUsers.MEI).body(DEFAULTS).put(WEIGHTS).then().statusCode(200);
    }

    @Test
    void aManagerReadsTheWeights() {
        as(DemoUsers.SORA).get(WEIGHTS).then().statusCode(200)
                .body("weights", equalTo(Map.copyOf(DEFAULTS)))
                .body("updatedAt", notNullValue());
    }

    @Test
    void anAdministratorSavesEveryWeightAndTheAnswerSaysWhoAndWhen() {
        Instant before = Instant.now().minusSeconds(1);
        Map<String, Object> changed = defaultsWith("continuity", 40);

        String updatedAt = as(DemoUsers.MEI).body(changed).put(WEIGHTS).then().statusCode(200)
                .body("weights.continuity", equalTo(40))
                .body("weights.expertiseFit", equalTo(10))
                .body("updatedBy", equalTo(DemoUsers.MEI))
                .extract().path("updatedAt");

        assertThat(Instant.parse(updatedAt)).isAfter(before);
        as(DemoUsers.SORA).get(WEIGHTS).then().statusCode(200)
                .body("weights.continuity", equalTo(40)).body("updatedBy", equalTo(DemoUsers.MEI));
    }

    @Test
    void aManagerSavesThemToo() {
        as(DemoUsers.SORA).body(defaultsWith("fairLoad", 0)).put(WEIGHTS).then().statusCode(200)
                .body("weights.fairLoad", equalTo(0)).body("updatedBy", equalTo(DemoUsers.SORA));
    }

    @Test
    void staffAndShoppersMayNeitherReadNorChangeThem() {
        problem(as(DemoUsers.AOI).get(WEIGHTS).then(), 403, "forbidden");
        problem(as(DemoUsers.AOI).body(DEFAULTS).put(WEIGHTS).then(), 403, "forbidden");
        problem(asShopper().get(WEIGHTS).then(), 403, "forbidden");
        problem(asShopper().body(DEFAULTS).put(WEIGHTS).then(), 403, "forbidden");
    }

    @Test
    void withoutATokenTheAnswerIs401() {
        problem(anonymous().get(WEIGHTS).then(), 401, "unauthorized");
        problem(anonymous().body(DEFAULTS).put(WEIGHTS).then(), 401, "unauthorized");
    }

    @Test
    void malformedJsonIsRefused() {
        problem(as(DemoUsers.SORA).body("{\"expertiseFit\": 10,").put(WEIGHTS).then(), 400, "malformed-json");
        problem(as(DemoUsers.SORA).body("[1, 2]").put(WEIGHTS).then(), 400, "invalid-request");
    }

    @Test
    void anUnknownKeyIsRefusedAndNothingIsSaved() {
        Map<String, Object> withUnknown = defaultsWith("charm", 3);
        withUnknown.put("expertiseFit", 99);

        problem(as(DemoUsers.SORA).body(withUnknown).put(WEIGHTS).then(), 400, "invalid-request")
                .body("violations.field", hasItem("weights.charm"));

        as(DemoUsers.SORA).get(WEIGHTS).then().body("weights.expertiseFit", equalTo(10));
    }

    @Test
    void aMissingKeyAWeightOutOfRangeAndANonIntegerAreRefused() {
        Map<String, Object> missing = new HashMap<>(DEFAULTS);
        missing.remove("shiftEnd");
        problem(as(DemoUsers.SORA).body(missing).put(WEIGHTS).then(), 400, "invalid-request")
                .body("violations.field", hasItem("weights.shiftEnd"));
        problem(as(DemoUsers.SORA).body(defaultsWith("fairLoad", 1001)).put(WEIGHTS).then(), 400, "invalid-request")
                .body("violations.field", hasItem("weights.fairLoad"));
        problem(as(DemoUsers.SORA).body(defaultsWith("fairLoad", -1)).put(WEIGHTS).then(), 400, "invalid-request");
        problem(as(DemoUsers.SORA).body(defaultsWith("continuity", 2.5)).put(WEIGHTS).then(), 400, "invalid-request")
                .body("violations.field", hasItem("weights.continuity"));
        problem(as(DemoUsers.SORA).body(defaultsWith("continuity", "high")).put(WEIGHTS).then(), 400, "invalid-request");
        problem(as(DemoUsers.SORA).put(WEIGHTS).then(), 400, "invalid-request");
    }

    @Test
    void theNextSolveAppliesTheSavedWeights() {
        String climber = TestShopperTickets.newVisitorId();
        when(profileBridgeMock.interests(climber)).thenReturn(Map.of("mountaineering", 2.0));
        when(staffDirectoryMock.availableStaff()).thenReturn(List.of(DemoStaff.AOI));
        as(DemoUsers.SORA).body(defaultsWith("expertiseFit", 7)).put(WEIGHTS).then().statusCode(200);

        Shoppers.openRequest(climber);

        // mountaineering 2.0 × aoi's level 5 = 10, scaled by 100, times the saved weight 7.
        await().atMost(OFFER_WAIT).until(() -> as(DemoUsers.AOI).get("/api/matching/offers/mine").then().statusCode(200)
                .extract().jsonPath().getList("reasons.flatten().score", String.class), scores -> !scores.isEmpty());
        String score = as(DemoUsers.AOI).get("/api/matching/offers/mine").then().extract().jsonPath()
                .getString("[0].reasons.find { it.constraint == 'Expertise fit' }.score");
        assertThat(score).isEqualTo("0hard/0medium/7000soft");
        as(DemoUsers.AOI).get("/api/matching/offers/mine").then()
                .body("[0].reasons[0].text.en", equalTo("Expert in mountaineering (level 5), the shopper's strongest interest"))
                .body("[0].reasons[0].text.ja", notNullValue());
    }
}
