package io.tsunagu.profilebridge.event;

import io.quarkus.test.junit.QuarkusTest;
import io.tsunagu.shopperticket.ShopperTickets;
import io.tsunagu.testing.DemoUsers;
import io.tsunagu.testing.TestShopperTickets;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import static io.tsunagu.profilebridge.ApiTesting.EVENTS;
import static io.tsunagu.profilebridge.ApiTesting.INTERESTS;
import static io.tsunagu.profilebridge.ApiTesting.MALFORMED_JSON;
import static io.tsunagu.testing.ApiCalls.anonymous;
import static io.tsunagu.testing.ApiCalls.as;
import static io.tsunagu.testing.ApiCalls.asService;
import static io.tsunagu.testing.ApiCalls.asShopper;
import static io.tsunagu.profilebridge.ApiTesting.batch;
import static io.tsunagu.profilebridge.ApiTesting.consent;
import static io.tsunagu.profilebridge.ApiTesting.event;
import static io.tsunagu.profilebridge.ApiTesting.record;
import static io.tsunagu.testing.ApiCalls.problem;
import static org.hamcrest.Matchers.anEmptyMap;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

@QuarkusTest
class EventResourceTest {

    private static final String PRODUCT = "p-101";
    private static final String MOUNTAINEERING = "mountaineering";
    private static final String RAINWEAR = "rainwear";
    private static final List<String> TAGS = List.of(MOUNTAINEERING);

    private static Map<String, Object> view() {
        return event("product_view", PRODUCT, TAGS, Instant.now().minusSeconds(30));
    }

    @Test
    void aShopperRecordsABatchOfTheirOwnEvents() {
        String visitor = TestShopperTickets.newVisitorId();
        consent(visitor, true);

        asShopper(visitor).body(batch(List.of(view(), event("cart_add", PRODUCT, List.of("rainwear"), Instant.now()))))
                .post(EVENTS)
                .then().statusCode(202).body("accepted", equalTo(2)).body("duplicates", equalTo(0));

        asService().get(INTERESTS, visitor).then().statusCode(200)
                .body("interests.rainwear", equalTo(3.0f))
                .body("interests.mountaineering", equalTo(1.0f));
    }

    @Test
    void reSendingEventsStoresThemOnceAndCountsTheDuplicates() {
        String visitor = TestShopperTickets.newVisitorId();
        consent(visitor, true);
        Map<String, Object> first = view();
        Map<String, Object> second = view();

        asShopper(visitor).body(batch(List.of(first))).post(EVENTS)
                .then().statusCode(202).body("accepted", equalTo(1)).body("duplicates", equalTo(0));
        asShopper(visitor).body(batch(List.of(first, second, second))).post(EVENTS)
                .then().statusCode(202).body("accepted", equalTo(1)).body("duplicates", equalTo(2));

        asService().get(INTERESTS, visitor).then().statusCode(200).body("interests.mountaineering", equalTo(2.0f));
    }

    @Test
    void eventsWithoutTagsOrProductAreAccepted() {
        String visitor = TestShopperTickets.newVisitorId();
        Map<String, Object> pageView = event("page_view", null, List.of(), Instant.now());
        pageView.remove("tags");

        asShopper(visitor).body(batch(List.of(pageView))).post(EVENTS).then().statusCode(202).body("accepted", equalTo(1));
        asService().get(INTERESTS, visitor).then().statusCode(200).body("interests", anEmptyMap());
    }

    @Test
    void aBatchMayHoldFiveHundredEvents() {
        List<Map<String, Object>> events = IntStream.range(0, EventBatch.MAX_EVENTS).mapToObj(i -> view()).toList();

        asShopper(TestShopperTickets.newVisitorId()).body(batch(events)).post(EVENTS)
                .then().statusCode(202).body("accepted", equalTo(EventBatch.MAX_EVENTS));
    }

    @Test
    void withoutATicketTheCallIsUnauthorized() {
        problem(anonymous().body(batch(List.of(view()))).post(EVENTS).then(), 401, "unauthorized");
    }

    @Test
    void aForgedOrExpiredTicketIsUnauthorized() {
        String visitor = TestShopperTickets.newVisitorId();
        problem(anonymous().header(ShopperTickets.HEADER, "not-a-ticket").body(batch(List.of(view()))).post(EVENTS).then(),
                401, "unauthorized");
        problem(anonymous().header(ShopperTickets.HEADER, TestShopperTickets.expiredTicketFor(visitor))
                .body(batch(List.of(view()))).post(EVENTS).then(), 401, "unauthorized");
    }

    @Test
    void staffAndServicesCannotReportBehaviour() {
        problem(as(DemoUsers.AOI).body(batch(List.of(view()))).post(EVENTS).then(), 403, "forbidden");
        problem(as(DemoUsers.MEI).body(batch(List.of(view()))).post(EVENTS).then(), 403, "forbidden");
        problem(asService().body(batch(List.of(view()))).post(EVENTS).then(), 403, "forbidden");
    }

    @Test
    void malformedJsonIsRefused() {
        problem(asShopper().body(MALFORMED_JSON).post(EVENTS).then(), 400, "malformed-json");
    }

    @Test
    void aMissingBodyOrAnEmptyOrOversizedBatchIsRefused() {
        String visitor = TestShopperTickets.newVisitorId();
        problem(asShopper(visitor).post(EVENTS).then(), 400, "invalid-request");
        problem(asShopper(visitor).body("[]").post(EVENTS).then(), 400, "invalid-request")
                .body("violations.field", contains("events"));
        problem(asShopper(visitor).body("{}").post(EVENTS).then(), 400, "invalid-request")
                .body("violations.field", contains("events"));
        problem(asShopper(visitor).body("{\"events\": {}}").post(EVENTS).then(), 400, "invalid-request")
                .body("violations.field", contains("events"))
                .body("violations[0].message", equalTo("must be an array of events"));
        problem(asShopper(visitor).body(batch(List.of())).post(EVENTS).then(), 400, "invalid-request")
                .body("violations.field", contains("events"));
    }

    @Test
    void anOversizedBatchIsRefusedWholeAndNothingOfItIsStored() {
        String visitor = TestShopperTickets.newVisitorId();
        List<Map<String, Object>> tooMany = IntStream.rangeClosed(0, EventBatch.MAX_EVENTS).mapToObj(i -> view()).toList();

        problem(asShopper(visitor).body(batch(tooMany)).post(EVENTS).then(), 400, "invalid-request")
                .body("violations.field", contains("events"))
                .body("violations[0].message", equalTo("size must be between 1 and 500"))
                .body("accepted", nullValue());

        asShopper(visitor).body(batch(List.of(tooMany.get(0)))).post(EVENTS)
                .then().statusCode(202).body("accepted", equalTo(1)).body("duplicates", equalTo(0));
    }

    @Test
    void aMixedBatchKeepsTheValidEventsAndNamesEachInvalidOneByItsIndex() {
        String visitor = TestShopperTickets.newVisitorId();
        consent(visitor, true);
        Map<String, Object> valid = view();
        Map<String, Object> badType = view();
        badType.put("type", "checkout");
        Map<String, Object> badId = view();
        badId.put("id", "event-1");
        Map<String, Object> badProduct = view();
        badProduct.put("productId", "p 101/../x");
        Map<String, Object> badTag = view();
        badTag.put("tags", List.of("Mountaineering"));
        Map<String, Object> tooManyTags = view();
        tooManyTags.put("tags", IntStream.range(0, 21).mapToObj(i -> "tag-" + i).toList());
        Map<String, Object> future = view();
        future.put("occurredAt", Instant.now().plus(Duration.ofMinutes(10)).toString());
        Map<String, Object> missing = new HashMap<>(view());
        missing.remove("type");
        missing.remove("occurredAt");
        Map<String, Object> unreadableTime = view();
        unreadableTime.put("occurredAt", "yesterday");
        Map<String, Object> secondValid = event("cart_add", PRODUCT, List.of(RAINWEAR), Instant.now().minusSeconds(5));
        List<Object> events = new ArrayList<>(List.of(
                valid, badType, badId, badProduct, badTag, tooManyTags, future, missing, unreadableTime, "not an event"));
        // Index 10, after index 9: violations are ordered by event index, not as text.
        events.add(secondValid);

        problem(asShopper(visitor).body(Map.of("events", events)).post(EVENTS).then(), 400, "events-rejected")
                .body("violations.field", contains(
                        "events[1].type", "events[2].id", "events[3].productId", "events[4].tags[0]",
                        "events[5].tags", "events[6].occurredAt", "events[7].occurredAt", "events[7].type",
                        "events[8].occurredAt", "events[9]"))
                .body("violations.find { it.field == 'events[6].occurredAt' }.message",
                        equalTo("must not be more than 5 minutes in the future"))
                .body("accepted", equalTo(2))
                .body("duplicates", equalTo(0))
                .body("rejected", equalTo(9));

        asService().get(INTERESTS, visitor).then().statusCode(200)
                .body("interests.mountaineering", equalTo(1.0f))
                .body("interests.rainwear", equalTo(3.0f));
        // The kept events are stored once: sending them again only counts duplicates.
        asShopper(visitor).body(batch(List.of(valid, secondValid))).post(EVENTS)
                .then().statusCode(202).body("accepted", equalTo(0)).body("duplicates", equalTo(2));
    }

    @Test
    void aMixedBatchCountsEventsStoredBeforeAsDuplicates() {
        String visitor = TestShopperTickets.newVisitorId();
        Map<String, Object> earlier = view();
        record(visitor, List.of(earlier));
        Map<String, Object> badType = view();
        badType.put("type", "checkout");

        problem(asShopper(visitor).body(batch(List.of(earlier, view(), badType))).post(EVENTS).then(), 400, "events-rejected")
                .body("violations.field", contains("events[2].type"))
                .body("accepted", equalTo(1))
                .body("duplicates", equalTo(1))
                .body("rejected", equalTo(1));
    }

    @Test
    void aBatchOfOnlyInvalidEventsStoresNothing() {
        String visitor = TestShopperTickets.newVisitorId();
        Map<String, Object> badType = view();
        badType.put("type", "checkout");

        problem(asShopper(visitor).body(batch(List.of(badType))).post(EVENTS).then(), 400, "events-rejected")
                .body("accepted", equalTo(0)).body("duplicates", equalTo(0)).body("rejected", equalTo(1));
        problem(asService().get(INTERESTS, visitor).then(), 404, "not-found");
    }

    @Test
    void anEventFromAFewMinutesAheadIsAcceptedForClockDrift() {
        asShopper(TestShopperTickets.newVisitorId())
                .body(batch(List.of(event("search", null, TAGS, Instant.now().plus(Duration.ofMinutes(4))))))
                .post(EVENTS)
                .then().statusCode(202).body("accepted", equalTo(1));
    }

    @Test
    void theSameEventIdFromAnotherVisitorIsADuplicate() {
        Map<String, Object> shared = view();
        asShopper(TestShopperTickets.newVisitorId()).body(batch(List.of(shared))).post(EVENTS)
                .then().statusCode(202).body("accepted", equalTo(1));
        String other = TestShopperTickets.newVisitorId();
        asShopper(other).body(batch(List.of(shared))).post(EVENTS)
                .then().statusCode(202).body("duplicates", equalTo(1));

        asService().get(INTERESTS, other).then().statusCode(200).body("interests", anEmptyMap())
                .body("visitorId", equalTo(other));
        problem(asShopper(other).body(batch(List.of(Map.of("id", "x")))).post(EVENTS).then(), 400, "events-rejected")
                .body("violations.field", hasItem("events[0].id"));
    }
}
