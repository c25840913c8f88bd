package io.tsunagu.profilebridge.event;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.tsunagu.testing.DemoUsers;
import io.tsunagu.testing.TestShopperTickets;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.tsunagu.profilebridge.ApiTesting.INTERESTS;
import static io.tsunagu.profilebridge.ApiTesting.LINKS;
import static io.tsunagu.profilebridge.ApiTesting.MALFORMED_JSON;
import static io.tsunagu.profilebridge.ApiTesting.OFFLINE_EVENTS;
import static io.tsunagu.profilebridge.ApiTesting.POS_IMPORT;
import static io.tsunagu.profilebridge.ApiTesting.REPORT;
import static io.tsunagu.profilebridge.ApiTesting.batch;
import static io.tsunagu.profilebridge.ApiTesting.consent;
import static io.tsunagu.testing.ApiCalls.anonymous;
import static io.tsunagu.testing.ApiCalls.as;
import static io.tsunagu.testing.ApiCalls.asService;
import static io.tsunagu.testing.ApiCalls.asShopper;
import static io.tsunagu.testing.ApiCalls.problem;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

@QuarkusTest
class OfflineEventResourceTest {

    private static final String TOKYO = "tokyo";

    private static Map<String, Object> offline(String type, String identityField, String identity, Map<String, Object> more) {
        Map<String, Object> event = new HashMap<>(more);
        event.put("id", UUID.randomUUID().toString());
        event.put("type", type);
        event.put(identityField, identity);
        event.put("occurredAt", Instant.now().toString());
        return event;
    }

    private static Map<String, Object> purchase(String cardId, String productId, List<String> tags) {
        return offline("pos_purchase", "cardId", cardId, Map.of("storeId", TOKYO, "productId", productId,
                "amount", 12800, "receiptId", "r-" + UUID.randomUUID(), "tags", tags));
    }

    /** A visitor linked to the member and the card, with consent, so that the offline history shows online. */
    private static String visitorOf(String memberId, String cardId) {
        String visitor = TestShopperTickets.newVisitorId();
        consent(visitor, true);
        asService().body(Map.of("visitorId", visitor, "memberId", memberId)).post(LINKS).then().statusCode(200);
        asService().body(Map.of("cardId", cardId, "memberId", memberId)).post(LINKS).then().statusCode(200);
        return visitor;
    }

    @Test
    void storeEventsJoinTheOnlineHistoryOfThePerson() {
        String member = "m-" + UUID.randomUUID();
        String card = "c-" + UUID.randomUUID();
        String visitor = visitorOf(member, card);
        List<Map<String, Object>> events = List.of(
                offline("store_checkin", "memberId", member, Map.of("storeId", TOKYO)),
                purchase(card, "p-101", List.of("rainwear")),
                offline("consultation", "cardId", card, Map.of("storeId", TOKYO, "tags", List.of("mountaineering"))));

        asService().body(batch(events)).post(OFFLINE_EVENTS).then().statusCode(202)
                .body("accepted", equalTo(3)).body("duplicates", equalTo(0));
        as(DemoUsers.MEI).body(batch(events)).post(OFFLINE_EVENTS).then().statusCode(202)
                .body("accepted", equalTo(0)).body("duplicates", equalTo(3));

        asService().get(INTERESTS, visitor).then().statusCode(200)
                .body("interests.rainwear", equalTo(5.0f))
                .body("interests.mountaineering", equalTo(2.0f));
    }

    @Test
    void aMixedBatchKeepsItsValidEventsAndNamesTheBadOnes() {
        String card = "c-" + UUID.randomUUID();
        Map<String, Object> noIdentity = offline("store_checkin", "storeId", TOKYO, Map.of());
        Map<String, Object> twoIdentities = offline("store_checkin", "cardId", card, Map.of("storeId", TOKYO, "memberId", "m-1"));
        Map<String, Object> purchaseWithoutAmount = offline("pos_purchase", "cardId", card,
                Map.of("storeId", TOKYO, "productId", "p-1", "receiptId", "r-1"));
        Map<String, Object> online = offline("page_view", "cardId", card, Map.of());
        Map<String, Object> checkinWithoutStore = offline("store_checkin", "cardId", card, Map.of());

        problem(asService().body(batch(List.of(purchase(card, "p-1", List.of()), noIdentity, twoIdentities,
                        purchaseWithoutAmount, online, checkinWithoutStore))).post(OFFLINE_EVENTS).then(), 400, "events-rejected")
                .body("accepted", equalTo(1))
                .body("rejected", equalTo(5))
                .body("violations.field", contains("events[1].identity", "events[2].identity", "events[3].purchase",
                        "events[4].type", "events[5].store"));
    }

    @Test
    void onlyServicesAndAdminsSendOfflineEvents() {
        Map<String, Object> body = batch(List.of(purchase("c-" + UUID.randomUUID(), "p-1", List.of())));
        problem(anonymous().body(body).post(OFFLINE_EVENTS).then(), 401, "unauthorized");
        problem(as(DemoUsers.SORA).body(body).post(OFFLINE_EVENTS).then(), 403, "forbidden");
        problem(asShopper().body(body).post(OFFLINE_EVENTS).then(), 403, "forbidden");
        problem(asService().body(MALFORMED_JSON).post(OFFLINE_EVENTS).then(), 400, "malformed-json");
        problem(asService().body(Map.of("events", List.of())).post(OFFLINE_EVENTS).then(), 400, "invalid-request");
    }

    @Test
    void aPosFileImportsItsGoodLinesOnceAndNamesTheBadOnes() {
        String member = "m-" + UUID.randomUUID();
        String card = "c-" + UUID.randomUUID();
        String visitor = visitorOf(member, card);
        String receipt = "r-" + UUID.randomUUID();
        String csv = String.join("\n",
                "receipt_id,card_id,store_id,product_id,amount,occurred_at",
                receipt + "," + card + ",tokyo,p-101,12800," + Instant.now(),
                receipt + "," + card + ",tokyo,p-101,12800," + Instant.now(),
                receipt + ",not-a-card,tokyo,p-102,500," + Instant.now(),
                receipt + "," + card + ",tokyo,p-103,-1," + Instant.now(),
                receipt + "," + card + ",tokyo,p-104,100,yesterday",
                "too,few",
                "");

        posImport(csv).then().statusCode(200)
                .body("imported", equalTo(2))
                .body("duplicates", equalTo(0))
                .body("rejected.line", contains(4, 5, 6, 7));
        posImport(csv).then().statusCode(200).body("imported", equalTo(0)).body("duplicates", equalTo(2));

        // Each till line is a purchase (weight 5) of the card's person; p-101 has no tags without the taxonomy.
        as(DemoUsers.MEI).get(REPORT, visitor).then().statusCode(200).body("channels.storeVisits", equalTo(0))
                .body("channels.lastStoreId", equalTo(TOKYO));
    }

    private static io.restassured.response.Response posImport(String csv) {
        return asService().contentType("text/csv").body(csv).post(POS_IMPORT);
    }

    @Test
    void aPosFileWithoutItsHeaderOrFromTheWrongCallerIsRefused() {
        String csv = "receipt_id,card_id,store_id,product_id,amount,occurred_at\n";
        problem(asService().contentType("text/csv").body("a,b,c\n").post(POS_IMPORT).then(), 400, "invalid-request")
                .body("violations.field", contains("header"));
        problem(asService().contentType("text/csv").body("").post(POS_IMPORT).then(), 400, "invalid-request");
        problem(anonymous().contentType("text/csv").body(csv).post(POS_IMPORT).then(), 401, "unauthorized");
        problem(as(DemoUsers.AOI).contentType("text/csv").body(csv).post(POS_IMPORT).then(), 403, "forbidden");
        as(DemoUsers.MEI).contentType("text/csv").body(csv).post(POS_IMPORT).then().statusCode(200)
                .body("imported", equalTo(0)).body("rejected", hasSize(0));
    }
}
