package io.tsunagu.matching.dryrun;

import io.quarkus.test.InjectMock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.tsunagu.matching.client.ProfileBridge;
import io.tsunagu.matching.client.Signaling;
import io.tsunagu.matching.client.StaffDirectory;
import io.tsunagu.matching.client.StaffMember;
import io.tsunagu.matching.support.DemoStaff;
import io.tsunagu.matching.support.Shoppers;
import io.tsunagu.matching.support.Tables;
import io.tsunagu.testing.DemoUsers;
import io.tsunagu.testing.TestShopperTickets;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static io.tsunagu.testing.ApiCalls.anonymous;
import static io.tsunagu.testing.ApiCalls.as;
import static io.tsunagu.testing.ApiCalls.asShopper;
import static io.tsunagu.testing.ApiCalls.problem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/** The weights preview: the current queue solved with saved and candidate weights, and nothing changed. */
@QuarkusTest
class DryRunResourceTest {

    private static final String DRY_RUN = "/api/matching/weights/dry-run";
    private static final String WEIGHTS = "/api/matching/weights";
    private static final Map<String, Integer> DEFAULTS = Map.of("expertiseFit", 10, "waitingTime", 2,
            "continuity", 5, "storeAffinity", 3, "fairLoad", 1, "shiftEnd", 5);
    /** The matching loop's own thread; see {@code MatchingLoop}. */
    private static final String MATCHING_LOOP_THREAD = "matching-loop";

    @InjectMock
    StaffDirectory staffDirectoryMock;
    @InjectMock
    ProfileBridge profileBridgeMock;
    @InjectMock
    Signaling signalingMock;
    @Inject
    Tables tables;
    @Inject
    EntityManager entityManager;

    private final String cityWalker = TestShopperTickets.newVisitorId();
    private final String climber = TestShopperTickets.newVisitorId();

    /**
     * aoi is free for the preview but the matching loop sees nobody, so the queue stays waiting: the loop and the
     * preview read staff-directory through the same mock, and only the loop runs on its own thread.
     */
    @BeforeEach
    void onlyThePreviewSeesAoi() {
        tables.clear();
        List<StaffMember> aoiOnly = List.of(DemoStaff.AOI);
        when(staffDirectoryMock.availableStaff()).thenAnswer(call ->
                Thread.currentThread().getName().startsWith(MATCHING_LOOP_THREAD) ? List.of() : aoiOnly);
        when(profileBridgeMock.interests(cityWalker)).thenReturn(Map.of("townwear", 2.0));
        when(profileBridgeMock.interests(climber)).thenReturn(Map.of("mountaineering", 2.0));
    }

    private static Map<String, Object> defaultsWith(String key, Object value) {
        Map<String, Object> weights = new HashMap<>(DEFAULTS);
        weights.put(key, value);
        return weights;
    }

    @Test
    void withoutTheWaitingWeightTheExpertTakesTheClimberInsteadOfTheLongerWaitingShopper() throws InterruptedException {
        String cityWalkerRequest = Shoppers.openRequest(cityWalker);
        // The city walker has waited at least a second longer: the saved weights serve them first.
        Thread.sleep(1500);
        String climberRequest = Shoppers.openRequest(climber);

        JsonPath preview = as(DemoUsers.SORA).body(defaultsWith("waitingTime", 0)).post(DRY_RUN)
                .then().statusCode(200).extract().jsonPath();

        assertThat(preview.getInt("queueLength")).isEqualTo(2);
        assertThat(preview.getString("current.assignments[0].requestId")).isEqualTo(cityWalkerRequest);
        assertThat(preview.getString("current.assignments[0].staffUsername")).isEqualTo(DemoUsers.AOI);
        assertThat(preview.getDouble("current.assignments[0].fit")).isZero();
        assertThat(preview.getString("candidate.assignments[0].requestId")).isEqualTo(climberRequest);
        assertThat(preview.getDouble("candidate.assignments[0].fit")).isEqualTo(1.0);
        assertThat(preview.getInt("current.kpis.assigned")).isEqualTo(1);
        assertThat(preview.getInt("deltas.assigned")).isZero();
        assertThat(preview.getDouble("deltas.meanFit")).isEqualTo(1.0);
        assertThat(preview.getLong("deltas.maxWaitSeconds")).isPositive();
        assertThat(preview.getDouble("current.kpis.loadMaxMin")).isEqualTo(1.0);
        assertThat(preview.getList("changed.requestId", String.class))
                .containsExactlyInAnyOrder(cityWalkerRequest, climberRequest);
        assertThat(preview.getString("changed.find { it.requestId == '" + climberRequest + "' }.to")).isEqualTo(DemoUsers.AOI);
        assertThat(preview.getString("changed.find { it.requestId == '" + climberRequest + "' }.from")).isNull();

        assertNothingChanged(cityWalkerRequest, climberRequest);
    }

    @Test
    void theSameWeightsChangeNothingInThePreview() {
        Shoppers.openRequest(climber);

        as(DemoUsers.MEI).body(DEFAULTS).post(DRY_RUN).then().statusCode(200)
                .body("queueLength", equalTo(1))
                .body("current.kpis.assigned", equalTo(1))
                .body("candidate.assignments[0].staffUsername", equalTo(DemoUsers.AOI))
                .body("deltas.assigned", equalTo(0))
                .body("changed", equalTo(List.of()));
    }

    @Test
    void anEmptyQueueGivesAnEmptyPreview() {
        as(DemoUsers.SORA).body(DEFAULTS).post(DRY_RUN).then().statusCode(200)
                .body("queueLength", equalTo(0))
                .body("current.assignments", equalTo(List.of()))
                .body("deltas.assigned", equalTo(0));
    }

    @Test
    void staffMayNotPreviewAndWithoutATokenTheAnswerIs401() {
        problem(as(DemoUsers.AOI).body(DEFAULTS).post(DRY_RUN).then(), 403, "forbidden");
        problem(anonymous().body(DEFAULTS).post(DRY_RUN).then(), 401, "unauthorized");
        problem(asShopper().body(DEFAULTS).post(DRY_RUN).then(), 403, "forbidden");
    }

    @Test
    void malformedOrInvalidWeightsAreRefused() {
        problem(as(DemoUsers.SORA).body("{\"expertiseFit\":").post(DRY_RUN).then(), 400, "malformed-json");
        problem(as(DemoUsers.SORA).body(defaultsWith("charm", 1)).post(DRY_RUN).then(), 400, "invalid-request")
                .body("violations.field", hasItem("weights.charm"));
        problem(as(DemoUsers.SORA).body(defaultsWith("shiftEnd", 5000)).post(DRY_RUN).then(), 400, "invalid-request");
    }

    private void assertNothingChanged(String... requestIds) {
        assertThat(count("SELECT count(*) FROM offer")).isZero();
        assertThat(count("SELECT count(*) FROM consultation")).isZero();
        for (String requestId : requestIds) {
            asShopperOf(requestId);
        }
        as(DemoUsers.SORA).get(WEIGHTS).then().statusCode(200).body("weights.waitingTime", equalTo(2));
        verify(staffDirectoryMock, never()).setPresence(any(), any());
    }

    private void asShopperOf(String requestId) {
        assertThat(statusOf(requestId)).isEqualTo("WAITING");
    }

    @Transactional
    String statusOf(String requestId) {
        return (String) entityManager.createNativeQuery("SELECT status FROM consultation_request WHERE id = cast(?1 as uuid)")
                .setParameter(1, requestId).getSingleResult();
    }

    @Transactional
    long count(String sql) {
        return ((Number) entityManager.createNativeQuery(sql).getSingleResult()).longValue();
    }
}
