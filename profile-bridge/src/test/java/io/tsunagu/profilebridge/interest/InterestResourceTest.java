package io.tsunagu.profilebridge.interest;

import io.quarkus.test.junit.QuarkusTest;
import io.tsunagu.testing.DemoUsers;
import io.tsunagu.testing.TestShopperTickets;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import java.util.UUID;

import static io.tsunagu.profilebridge.ApiTesting.EVENTS;
import static io.tsunagu.profilebridge.ApiTesting.INTERESTS;
import static io.tsunagu.profilebridge.ApiTesting.batch;
import static io.tsunagu.profilebridge.ApiTesting.NOTES;
import static io.tsunagu.testing.ApiCalls.anonymous;
import static io.tsunagu.testing.ApiCalls.as;
import static io.tsunagu.testing.ApiCalls.asService;
import static io.tsunagu.testing.ApiCalls.asShopper;
import static io.tsunagu.profilebridge.ApiTesting.event;
import static io.tsunagu.profilebridge.ApiTesting.note;
import static io.tsunagu.testing.ApiCalls.problem;
import static io.tsunagu.profilebridge.ApiTesting.record;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

@QuarkusTest
class InterestResourceTest {

    /** The default half-life, P7D. */
    private static final Duration HALF_LIFE = Duration.ofDays(7);
    private static final String CAMPING = "camping";
    private static final String MOUNTAINEERING = "mountaineering";
    private static final String SKIING = "skiing";

    @Test
    void interestsWeighEachKindOfEventAndDecayWithAge() {
        String visitor = TestShopperTickets.newVisitorId();
        Instant now = Instant.now();
        record(visitor, List.of(
                event("purchase", "p-201", List.of(MOUNTAINEERING), now.minus(HALF_LIFE)),
                event("favorite", "p-202", List.of(CAMPING, MOUNTAINEERING), now.minus(HALF_LIFE.multipliedBy(2))),
                event("page_view", null, List.of(SKIING), now)));

        String json = asService().get(INTERESTS, visitor).then().statusCode(200)
                .body("visitorId", equalTo(visitor))
                .extract().asString();

        // purchase 5 × 0.5 + favorite 2 × 0.25; favorite 2 × 0.25; page view 0.5 × 1; highest first, ties by tag
        assertThat(json).contains("\"interests\":{\"mountaineering\":3.0,\"camping\":0.5,\"skiing\":0.5}");
    }

    @Test
    void aRecentBurstOutweighsOlderHistory() {
        String visitor = TestShopperTickets.newVisitorId();
        Instant now = Instant.now();
        List<Map<String, Object>> events = new ArrayList<>();
        // Ten purchases of camping gear two months ago, three skiing views today.
        IntStream.range(0, 10).forEach(i ->
                events.add(event("purchase", "p-old-" + i, List.of(CAMPING), now.minus(Duration.ofDays(60)))));
        IntStream.range(0, 3).forEach(i -> events.add(event("product_view", "p-new-" + i, List.of(SKIING), now)));
        record(visitor, events);

        String json = asService().get(INTERESTS, visitor).then().statusCode(200).extract().asString();

        // camping: 10 × 5 × 0.5^(60/7) ≈ 0.131; skiing: 3 × 1
        assertThat(json).contains("\"interests\":{\"skiing\":3.0,\"camping\":0.131}");
    }

    @Test
    void aResentEventDoesNotCountTwice() {
        String visitor = TestShopperTickets.newVisitorId();
        List<Map<String, Object>> events = List.of(event("cart_add", "p-301", List.of(CAMPING), Instant.now()));
        record(visitor, events);
        asShopper(visitor).body(batch(events)).post(EVENTS).then().statusCode(202).body("duplicates", equalTo(1));

        asService().get(INTERESTS, visitor).then().statusCode(200).body("interests.camping", equalTo(3.0f));
    }

    @Test
    void aConsultationNoteMovesTheInterests() {
        String visitor = TestShopperTickets.newVisitorId();
        record(visitor, List.of(event("product_view", "p-101", List.of(CAMPING), Instant.now())));

        asService().body(note(UUID.randomUUID(), DemoUsers.AOI, "Plans a summer climb.", List.of(MOUNTAINEERING)))
                .post(NOTES, visitor).then().statusCode(201);

        asService().get(INTERESTS, visitor).then().statusCode(200)
                .body("interests.mountaineering", equalTo(2.0f))
                .body("interests.camping", equalTo(1.0f));
    }

    @Test
    void adminsMayReadInterestsButManagersSeeNoIndividualShopper() {
        String visitor = TestShopperTickets.newVisitorId();
        record(visitor, List.of(event("search", null, List.of(SKIING), Instant.now())));

        problem(as(DemoUsers.SORA).get(INTERESTS, visitor).then(), 403, "forbidden");
        as(DemoUsers.MEI).get(INTERESTS, visitor).then().statusCode(200).body("interests.skiing", equalTo(1.0f));
    }

    @Test
    void withoutATokenTheCallIsUnauthorized() {
        problem(anonymous().get(INTERESTS, TestShopperTickets.newVisitorId()).then(), 401, "unauthorized");
    }

    @Test
    void staffAndShoppersMayNotReadTheRawInterests() {
        String visitor = TestShopperTickets.newVisitorId();
        record(visitor, List.of(event("search", null, List.of(SKIING), Instant.now())));

        problem(as(DemoUsers.AOI).get(INTERESTS, visitor).then(), 403, "forbidden");
        problem(asShopper(visitor).get(INTERESTS, visitor).then(), 403, "forbidden");
    }

    @Test
    void anUnknownVisitorIsNotFound() {
        problem(asService().get(INTERESTS, TestShopperTickets.newVisitorId()).then(), 404, "not-found");
    }

    @Test
    void anInvalidVisitorIdIsABadRequest() {
        problem(asService().get(INTERESTS, "short").then(), 400, "invalid-request")
                .body("violations.field", contains("visitorId"));
        problem(asService().get(INTERESTS, "v-with.a.dot").then(), 400, "invalid-request");
    }
}
