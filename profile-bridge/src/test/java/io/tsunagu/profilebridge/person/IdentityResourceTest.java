package io.tsunagu.profilebridge.person;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.tsunagu.testing.DemoUsers;
import io.tsunagu.testing.TestShopperTickets;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.tsunagu.profilebridge.ApiTesting.LINKS;
import static io.tsunagu.profilebridge.ApiTesting.MALFORMED_JSON;
import static io.tsunagu.profilebridge.ApiTesting.REPORT;
import static io.tsunagu.profilebridge.ApiTesting.UNDO;
import static io.tsunagu.profilebridge.ApiTesting.event;
import static io.tsunagu.profilebridge.ApiTesting.record;
import static io.tsunagu.testing.ApiCalls.anonymous;
import static io.tsunagu.testing.ApiCalls.as;
import static io.tsunagu.testing.ApiCalls.asService;
import static io.tsunagu.testing.ApiCalls.problem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

@QuarkusTest
class IdentityResourceTest {

    private static final String CAMPING = "camping";
    private static final String SKIING = "skiing";

    private static String newMemberId() {
        return "m-" + UUID.randomUUID();
    }

    private static String newCardId() {
        return "c-" + UUID.randomUUID();
    }

    private static JsonPath link(Map<String, String> body) {
        return asService().body(body).post(LINKS).then().statusCode(200).extract().jsonPath();
    }

    private static List<String> interestTags(String visitorId) {
        return as(DemoUsers.MEI).get(REPORT, visitorId).then().statusCode(200).extract().jsonPath()
                .getList("topInterests.tag", String.class);
    }

    private static List<String> productIds(String visitorId) {
        return as(DemoUsers.MEI).get(REPORT, visitorId).then().statusCode(200).extract().jsonPath()
                .getList("recentProducts.productId", String.class);
    }

    @Test
    void aLoginStitchesAnAnonymousHistoryIntoTheMembersPersonWithoutAMerge() {
        String visitor = TestShopperTickets.newVisitorId();
        record(visitor, List.of(event("product_view", "p-1", List.of(CAMPING), Instant.now())));
        String member = newMemberId();

        JsonPath linked = link(Map.of("visitorId", visitor, "memberId", member));
        String card = newCardId();
        JsonPath cardLinked = link(Map.of("cardId", card, "memberId", member));

        assertThat(linked.getString("personId")).isNotNull();
        assertThat(linked.getString("mergeId")).isNull();
        assertThat(cardLinked.getString("personId")).isEqualTo(linked.getString("personId"));
        assertThat(cardLinked.getString("mergeId")).isNull();
        // Repeating a link changes nothing.
        assertThat(link(Map.of("visitorId", visitor, "memberId", member)).getString("personId"))
                .isEqualTo(linked.getString("personId"));
    }

    @Test
    void twoPeopleWithHistoryMergeIntoOneAndTheUndoRestoresBothExactly() {
        String home = TestShopperTickets.newVisitorId();
        String phone = TestShopperTickets.newVisitorId();
        Instant now = Instant.now();
        record(home, List.of(event("product_view", "p-home", List.of(CAMPING), now.minusSeconds(20))));
        record(phone, List.of(event("favorite", "p-phone", List.of(SKIING), now.minusSeconds(10))));
        String member = newMemberId();
        String homePerson = link(Map.of("visitorId", home, "memberId", member)).getString("personId");

        JsonPath merged = link(Map.of("visitorId", phone, "memberId", member));

        assertThat(merged.getString("personId")).isEqualTo(homePerson);
        String mergeId = merged.getString("mergeId");
        assertThat(mergeId).isNotNull();
        // Every read goes through the person: either visitor id now shows both histories.
        assertThat(interestTags(home)).containsExactly(SKIING, CAMPING);
        assertThat(interestTags(phone)).containsExactly(SKIING, CAMPING);
        assertThat(productIds(home)).containsExactly("p-phone", "p-home");

        as(DemoUsers.MEI).post(UNDO, mergeId).then().statusCode(200)
                .body("mergeId", equalTo(mergeId))
                .body("survivorPersonId", equalTo(homePerson))
                .body("restoredPersonId", notNullValue())
                .body("movedIdentities", equalTo(List.of(phone)));

        assertThat(interestTags(home)).containsExactly(CAMPING);
        assertThat(productIds(home)).containsExactly("p-home");
        assertThat(interestTags(phone)).containsExactly(SKIING);
        assertThat(productIds(phone)).containsExactly("p-phone");
        problem(as(DemoUsers.MEI).post(UNDO, mergeId).then(), 409, "merge-undone");
    }

    @Test
    void aMergeWhoseSurvivorWasMergedAgainCannotBeUndoneBeforeTheLaterOne() {
        String first = TestShopperTickets.newVisitorId();
        String second = TestShopperTickets.newVisitorId();
        String third = TestShopperTickets.newVisitorId();
        for (String visitor : List.of(first, second, third)) {
            record(visitor, List.of(event("search", null, List.of(CAMPING), Instant.now())));
        }
        String member = newMemberId();
        String otherMember = newMemberId();
        link(Map.of("visitorId", first, "memberId", member));
        String earlier = link(Map.of("visitorId", second, "memberId", member)).getString("mergeId");
        link(Map.of("visitorId", third, "memberId", otherMember));
        String later = link(Map.of("visitorId", first, "memberId", otherMember)).getString("mergeId");

        problem(as(DemoUsers.MEI).post(UNDO, earlier).then(), 409, "merge-not-undoable");
        as(DemoUsers.MEI).post(UNDO, later).then().statusCode(200);
        as(DemoUsers.MEI).post(UNDO, earlier).then().statusCode(200);
    }

    @Test
    void aPersonWithoutHistoryJoinsWithoutAMergeRecord() {
        String visitor = anonymous().body("{}").post("/api/profile-bridge/shopper-tickets").then().statusCode(201)
                .extract().path("visitorId");
        String member = newMemberId();
        String card = newCardId();
        link(Map.of("cardId", card, "memberId", member));

        asService().body(Map.of("visitorId", visitor, "memberId", member)).post(LINKS).then().statusCode(200)
                .body("mergeId", nullValue());
    }

    @Test
    void onlyServicesLinkAndOnlyAdminsUndo() {
        Map<String, String> body = Map.of("visitorId", TestShopperTickets.newVisitorId(), "memberId", newMemberId());
        problem(anonymous().body(body).post(LINKS).then(), 401, "unauthorized");
        problem(as(DemoUsers.SORA).body(body).post(LINKS).then(), 403, "forbidden");
        String merge = UUID.randomUUID().toString();
        problem(anonymous().post(UNDO, merge).then(), 401, "unauthorized");
        problem(asService().post(UNDO, merge).then(), 403, "forbidden");
        problem(as(DemoUsers.SORA).post(UNDO, merge).then(), 403, "forbidden");
    }

    @Test
    void badLinksAreRefused() {
        String visitor = TestShopperTickets.newVisitorId();
        problem(asService().body(Map.of("visitorId", visitor, "cardId", newCardId(), "memberId", newMemberId())).post(LINKS).then(),
                400, "invalid-request");
        problem(asService().body(Map.of("memberId", newMemberId())).post(LINKS).then(), 400, "invalid-request");
        problem(asService().body(Map.of("visitorId", visitor, "memberId", "123")).post(LINKS).then(), 400, "invalid-request");
        problem(asService().body(Map.of("cardId", "m-1", "memberId", newMemberId())).post(LINKS).then(), 400, "invalid-request");
        problem(asService().body(Map.of("visitorId", visitor)).post(LINKS).then(), 400, "invalid-request");
        problem(asService().body(MALFORMED_JSON).post(LINKS).then(), 400, "malformed-json");
    }

    @Test
    void undoingAnUnknownOrMalformedMergeIsRefused() {
        problem(as(DemoUsers.MEI).post(UNDO, UUID.randomUUID().toString()).then(), 404, "not-found");
        problem(as(DemoUsers.MEI).post(UNDO, "not-a-uuid").then(), 400, "invalid-request");
    }
}
