package io.tsunagu.profilebridge.report;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.tsunagu.testing.DemoUsers;
import io.tsunagu.testing.TestShopperTickets;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;

import static io.tsunagu.profilebridge.ApiTesting.INTENTS;
import static io.tsunagu.profilebridge.ApiTesting.grant;
import static io.tsunagu.profilebridge.ApiTesting.LINKS;
import static io.tsunagu.profilebridge.ApiTesting.NOTES;
import static io.tsunagu.profilebridge.ApiTesting.OFFLINE_EVENTS;
import static io.tsunagu.profilebridge.ApiTesting.REPORT;
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
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;

@QuarkusTest
class ReportResourceTest {

    private static final String MOUNTAINEERING = "mountaineering";
    private static final String RAINWEAR = "rainwear";
    private static final String FIRST_NOTE = "Looking at rain jackets for a first summer climb.";
    private static final String SECOND_NOTE = "Came back: booked a fitting for boots.";

    @Test
    void theReportShowsInterestsRecentProductsAndNotesNewestFirst() {
        String visitor = TestShopperTickets.newVisitorId();
        // Seconds ago, so that decay stays below the third decimal; millis, as the database keeps micros.
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        record(visitor, List.of(
                event("product_view", "p-101", List.of(MOUNTAINEERING, RAINWEAR), now.minusSeconds(6)),
                event("favorite", "p-102", List.of(MOUNTAINEERING), now.minusSeconds(5)),
                event("search", "p-103", List.of(MOUNTAINEERING), now.minusSeconds(4)),
                event("purchase", "p-104", List.of(RAINWEAR), now.minusSeconds(3)),
                event("cart_add", "p-105", List.of(), now.minusSeconds(2)),
                event("page_view", null, List.of(MOUNTAINEERING), now.minusSeconds(1))));
        UUID first = UUID.randomUUID();
        UUID second = UUID.randomUUID();
        asService().body(note(first, DemoUsers.AOI, FIRST_NOTE, List.of(RAINWEAR))).post(NOTES, visitor).then().statusCode(201);
        asService().body(note(second, DemoUsers.HANA, SECOND_NOTE, List.of())).post(NOTES, visitor).then().statusCode(201);

        grant(visitor, DemoUsers.AOI);
        JsonPath report = as(DemoUsers.AOI).get(REPORT, visitor).then().statusCode(200)
                .body("visitorId", equalTo(visitor))
                .extract().jsonPath();

        // rainwear: view 1 + purchase 5 + note 2; mountaineering: view 1 + favorite 2 + search 1 + page view 0.5
        assertThat(report.getList("topInterests.tag", String.class)).containsExactly(RAINWEAR, MOUNTAINEERING);
        assertThat(report.getList("topInterests.score", Float.class)).containsExactly(8.0f, 4.5f);
        assertThat(report.getList("recentProducts.productId", String.class)).containsExactly("p-105", "p-102", "p-101");
        assertThat(report.getList("recentProducts[2].tags", String.class)).containsExactly(MOUNTAINEERING, RAINWEAR);
        assertThat(Instant.parse(report.getString("recentProducts[0].at"))).isEqualTo(now.minusSeconds(2));
        assertThat(report.getList("notes.consultationId", String.class)).containsExactly(second.toString(), first.toString());
        assertThat(report.getList("notes.text", String.class)).containsExactly(SECOND_NOTE, FIRST_NOTE);
        assertThat(report.getList("notes.staffUsername", String.class)).containsExactly(DemoUsers.HANA, DemoUsers.AOI);
        assertThat(report.getList("notes[1].tags", String.class)).containsExactly(RAINWEAR);
    }

    @Test
    void theReportShowsFavouritesChannelsHoursAndLanguage() {
        String visitor = TestShopperTickets.newVisitorId();
        String card = "c-" + UUID.randomUUID();
        // 01:00Z and 01:10Z are one session at 10:00 in Tokyo; 05:00Z (14:00 in Tokyo) starts another.
        Instant morning = Instant.now().truncatedTo(ChronoUnit.DAYS).minus(Duration.ofDays(1)).plus(Duration.ofHours(1));
        record(visitor, List.of(
                event("product_view", "p-1", List.of(MOUNTAINEERING), morning),
                event("favorite", "p-2", List.of(MOUNTAINEERING), morning.plus(Duration.ofMinutes(10))),
                event("favorite", "p-3", List.of(RAINWEAR), morning.plus(Duration.ofHours(4)))));
        asService().body(Map.of("visitorId", visitor, "memberId", "m-" + UUID.randomUUID())).post(LINKS).then().statusCode(200);
        String member = asService().body(Map.of("visitorId", visitor, "memberId", "m-" + UUID.randomUUID())).post(LINKS)
                .then().statusCode(200).extract().path("personId");
        assertThat(member).isNotNull();
        asService().body(Map.of("events", List.of(Map.of("id", UUID.randomUUID().toString(), "type", "store_checkin",
                        "visitorId", visitor, "storeId", "osaka", "occurredAt", morning.plus(Duration.ofHours(5)).toString()))))
                .post(OFFLINE_EVENTS).then().statusCode(202);
        asShopper(visitor).body(Map.of("text", "雨の日の登山", "language", "ja")).post(INTENTS).then().statusCode(200);

        JsonPath report = as(DemoUsers.MEI).get(REPORT, visitor).then().statusCode(200).extract().jsonPath();

        assertThat(report.getList("favourites.productId", String.class)).containsExactly("p-3", "p-2");
        assertThat(report.getInt("channels.onlineSessions")).isEqualTo(2);
        assertThat(report.getInt("channels.storeVisits")).isEqualTo(1);
        assertThat(report.getString("channels.lastStoreId")).isEqualTo("osaka");
        List<Integer> hours = report.getList("hourPattern", Integer.class);
        assertThat(hours).hasSize(24);
        assertThat(hours.get(10)).isEqualTo(2);
        assertThat(hours.get(14)).isEqualTo(1);
        assertThat(hours.get(15)).isEqualTo(1);
        assertThat(hours.stream().mapToInt(Integer::intValue).sum()).isEqualTo(4);
        assertThat(report.getString("language")).isEqualTo("ja");
        assertThat(report.getBoolean("consent.useBehaviour")).isTrue();
    }

    @Test
    void eachTopInterestListsTheLatestEventsBehindItWithTheirChannel() {
        String visitor = TestShopperTickets.newVisitorId();
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        record(visitor, List.of(
                event("page_view", null, List.of(MOUNTAINEERING), now.minusSeconds(50)),
                event("product_view", "p-1", List.of(MOUNTAINEERING), now.minusSeconds(40)),
                event("favorite", "p-2", List.of(MOUNTAINEERING, RAINWEAR), now.minusSeconds(30)),
                event("cart_add", "p-2", List.of(MOUNTAINEERING, RAINWEAR), now.minusSeconds(20))));
        asService().body(Map.of("events", List.of(Map.of("id", UUID.randomUUID().toString(), "type", "pos_purchase",
                        "visitorId", visitor, "storeId", "osaka", "productId", "p-9", "amount", 12000, "receiptId", "r-1",
                        "tags", List.of(RAINWEAR), "occurredAt", now.minusSeconds(10).toString()))))
                .post(OFFLINE_EVENTS).then().statusCode(202);

        JsonPath report = as(DemoUsers.MEI).get(REPORT, visitor).then().statusCode(200).extract().jsonPath();

        // rainwear: favourite 2 + cart 3 + till purchase 5; mountaineering: 0.5 + 1 + 2 + 3
        assertThat(report.getList("topInterests.tag", String.class)).containsExactly(RAINWEAR, MOUNTAINEERING);
        assertThat(report.getList("topInterests[0].events.type", String.class)).containsExactly("pos_purchase", "cart_add", "favorite");
        assertThat(report.getList("topInterests[0].events.channel", String.class)).containsExactly("store", "online", "online");
        assertThat(report.getString("topInterests[0].events[0].storeId")).isEqualTo("osaka");
        assertThat(report.getString("topInterests[0].events[0].productId")).isEqualTo("p-9");
        assertThat(Instant.parse(report.getString("topInterests[0].events[0].at"))).isEqualTo(now.minusSeconds(10));
        // Three at most, newest first: the page view, the oldest, is left out.
        assertThat(report.getList("topInterests[1].events.type", String.class)).containsExactly("cart_add", "favorite", "product_view");
        assertThat(report.getList("topInterests[1].events.productId", String.class)).containsExactly("p-2", "p-2", "p-1");
    }

    @Test
    void theReportKeepsTheTenStrongestInterestsAndTheTenLatestProducts() {
        String visitor = TestShopperTickets.newVisitorId();
        Instant now = Instant.now();
        List<Map<String, Object>> events = new ArrayList<>();
        IntStream.range(0, 12).forEach(i ->
                events.add(event("product_view", "p-" + i, List.of("tag-" + i), now.minus(Duration.ofHours(12 - i)))));
        record(visitor, events);

        JsonPath report = as(DemoUsers.MEI).get(REPORT, visitor).then().statusCode(200).extract().jsonPath();

        assertThat(report.getList("topInterests.tag", String.class))
                .containsExactly("tag-11", "tag-10", "tag-9", "tag-8", "tag-7", "tag-6", "tag-5", "tag-4", "tag-3", "tag-2");
        assertThat(report.getList("recentProducts.productId", String.class))
                .containsExactly("p-11", "p-10", "p-9", "p-8", "p-7", "p-6", "p-5", "p-4", "p-3", "p-2");
    }

    @Test
    void aVisitorWithATicketButNoHistoryHasAnEmptyReport() {
        String visitor = anonymous().body("{}").post("/api/profile-bridge/shopper-tickets").then().statusCode(201)
                .extract().path("visitorId");

        as(DemoUsers.MEI).get(REPORT, visitor).then().statusCode(200)
                .body("topInterests", empty()).body("recentProducts", empty()).body("notes", empty());
    }

    @Test
    void withoutATokenTheCallIsUnauthorized() {
        problem(anonymous().get(REPORT, TestShopperTickets.newVisitorId()).then(), 401, "unauthorized");
    }

    @Test
    void servicesAndShoppersMayNotReadTheReport() {
        String visitor = TestShopperTickets.newVisitorId();
        record(visitor, List.of(event("search", null, List.of(MOUNTAINEERING), Instant.now())));

        problem(asService().get(REPORT, visitor).then(), 403, "forbidden");
        problem(asShopper(visitor).get(REPORT, visitor).then(), 403, "forbidden");
    }

    @Test
    void anUnknownVisitorIsNotFound() {
        problem(as(DemoUsers.MEI).get(REPORT, TestShopperTickets.newVisitorId()).then(), 404, "not-found");
    }

    @Test
    void anInvalidVisitorIdIsABadRequest() {
        problem(as(DemoUsers.AOI).get(REPORT, "v-" + "0".repeat(63)).then(), 400, "invalid-request")
                .body("violations.field", contains("visitorId"));
    }
}
