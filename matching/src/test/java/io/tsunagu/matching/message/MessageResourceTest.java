package io.tsunagu.matching.message;

import io.quarkus.test.InjectMock;
import io.quarkus.test.junit.QuarkusTest;
import io.tsunagu.matching.client.Presence;
import io.tsunagu.matching.client.ProfileBridge;
import io.tsunagu.matching.client.Signaling;
import io.tsunagu.matching.client.StaffDirectory;
import io.tsunagu.matching.client.StaffStatus;
import io.tsunagu.matching.support.Shoppers;
import io.tsunagu.matching.support.Tables;
import io.tsunagu.testing.DemoUsers;
import io.tsunagu.testing.TestShopperTickets;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static io.tsunagu.testing.ApiCalls.problem;
import static io.tsunagu.testing.ApiCalls.PROBLEM_JSON;
import static io.tsunagu.testing.ApiCalls.anonymous;
import static io.tsunagu.testing.ApiCalls.as;
import static io.tsunagu.testing.ApiCalls.asShopper;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/** Leave a message, claim it, answer it, read the answer; staff-directory's roster mocked for the stores. */
@QuarkusTest
class MessageResourceTest {

    private static final String MESSAGES = "/api/matching/messages";
    private static final String MINE = MESSAGES + "/mine";
    private static final String CLAIM = MESSAGES + "/{id}/claim";
    private static final String ANSWER = MESSAGES + "/{id}/answer";
    private static final String UNKNOWN_ID = "6f1c2a52-5b0e-4a59-9c1f-0d6f4c1b2a77";
    private static final String QUESTION = "冬の富士山に登れるブーツはありますか？";
    private static final String REPLY = "はい、東京店に冬用の登山靴があります。ご来店の際はお声がけください。";

    @InjectMock
    ProfileBridge profileBridgeMock;
    @InjectMock
    StaffDirectory staffDirectoryMock;
    @InjectMock
    Signaling signalingMock;
    @Inject
    Tables tables;

    private final String shopper = TestShopperTickets.newVisitorId();

    @BeforeEach
    void staffOfThreeStores() {
        tables.clear();
        when(staffDirectoryMock.roster()).thenReturn(Optional.of(List.of(
                new StaffStatus(DemoUsers.AOI, "tokyo", List.of("ja", "en"), 1, Presence.AWAY, true),
                new StaffStatus(DemoUsers.REN, "osaka", List.of("ja"), 1, Presence.AWAY, true),
                new StaffStatus(DemoUsers.HANA, "sapporo", List.of("ja", "en"), 1, Presence.AWAY, true))));
    }

    private static Map<String, Object> message(String topic, String preferredStoreId, boolean useBehaviour) {
        Map<String, Object> body = new HashMap<>(Map.of("language", "ja", "topic", topic, "useBehaviour", useBehaviour));
        if (preferredStoreId != null) {
            body.put("preferredStoreId", preferredStoreId);
        }
        return body;
    }

    private String leave(String preferredStoreId) {
        return asShopper(shopper).body(message(QUESTION, preferredStoreId, false)).post(MESSAGES)
                .then().statusCode(201).extract().path("id");
    }

    @Test
    void aMessageIsClaimedAnsweredAndReadByItsShopper() {
        when(profileBridgeMock.interests(shopper)).thenReturn(Shoppers.CLIMBER_INTERESTS);
        String id = asShopper(shopper).body(message(QUESTION, "tokyo", true)).post(MESSAGES)
                .then().statusCode(201)
                .body("status", equalTo("OPEN"))
                .body("topic", equalTo(QUESTION))
                .body("preferredStoreId", equalTo("tokyo"))
                .body("topInterests[0].tag", equalTo("mountaineering"))
                .body("answer", nullValue())
                .extract().path("id");

        as(DemoUsers.AOI).get(MESSAGES).then().statusCode(200).body("id", contains(id));
        as(DemoUsers.AOI).post(CLAIM, id).then().statusCode(200)
                .body("status", equalTo("CLAIMED")).body("claimedBy", equalTo(DemoUsers.AOI));
        as(DemoUsers.AOI).body(Map.of("text", REPLY)).post(ANSWER, id).then().statusCode(200)
                .body("status", equalTo("ANSWERED")).body("answer", equalTo(REPLY)).body("answeredAt", notNullValue());

        asShopper(shopper).get(MINE).then().statusCode(200)
                .body("id", contains(id)).body("[0].status", equalTo("ANSWERED")).body("[0].answer", equalTo(REPLY));
        as(DemoUsers.AOI).get(MESSAGES).then().statusCode(200).body("", empty());
    }

    @Test
    void withoutConsentOnlyTheTypedTopicIsKept() {
        when(profileBridgeMock.intent(QUESTION, "ja")).thenReturn(Map.of("mountaineering", 1.0));

        asShopper(shopper).body(message(QUESTION, null, false)).post(MESSAGES)
                .then().statusCode(201).body("topInterests.tag", contains("mountaineering"));

        verify(profileBridgeMock, never()).interests(anyString());
    }

    @Test
    void staffSeeTheMessagesForTheirStoreAndThoseForAnyStore() {
        String forOsaka = leave("osaka");
        String forAny = leave(null);

        as(DemoUsers.AOI).get(MESSAGES).then().statusCode(200).body("id", contains(forAny));
        as(DemoUsers.REN).get(MESSAGES).then().statusCode(200).body("id", contains(forOsaka, forAny));
        problem(as(DemoUsers.AOI).post(CLAIM, forOsaka).then(), 404, "not-found");
    }

    @Test
    void aMessageClaimedByAnotherIsAConflictAndGoneFromTheirList() {
        String id = leave(null);
        as(DemoUsers.AOI).post(CLAIM, id).then().statusCode(200);

        as(DemoUsers.AOI).post(CLAIM, id).then().statusCode(200).body("claimedBy", equalTo(DemoUsers.AOI));
        problem(as(DemoUsers.HANA).post(CLAIM, id).then(), 409, "message-claimed");
        problem(as(DemoUsers.HANA).body(Map.of("text", REPLY)).post(ANSWER, id).then(), 409, "message-claimed");
        as(DemoUsers.HANA).get(MESSAGES).then().statusCode(200).body("", empty());
        as(DemoUsers.AOI).get(MESSAGES).then().statusCode(200).body("id", contains(id));
    }

    @Test
    void aClaimLeftUnansweredLongerThanTheHoldMayBeTakenOver() {
        String id = leave(null);
        as(DemoUsers.AOI).post(CLAIM, id).then().statusCode(200);
        tables.backdateClaim(id, Duration.ofMinutes(29));
        problem(as(DemoUsers.HANA).post(CLAIM, id).then(), 409, "message-claimed");

        tables.backdateClaim(id, Duration.ofMinutes(2));

        as(DemoUsers.HANA).get(MESSAGES).then().statusCode(200).body("id", contains(id)).body("[0].claimedBy", equalTo(DemoUsers.AOI));
        as(DemoUsers.HANA).post(CLAIM, id).then().statusCode(200).body("claimedBy", equalTo(DemoUsers.HANA));
        problem(as(DemoUsers.AOI).body(Map.of("text", REPLY)).post(ANSWER, id).then(), 409, "message-claimed");
        as(DemoUsers.AOI).get(MESSAGES).then().statusCode(200).body("", empty());
        as(DemoUsers.HANA).body(Map.of("text", REPLY)).post(ANSWER, id).then().statusCode(200).body("status", equalTo("ANSWERED"));
    }

    @Test
    void aLapsedClaimOnAnotherStoresMessageStaysOutOfReach() {
        String id = leave("tokyo");
        as(DemoUsers.AOI).post(CLAIM, id).then().statusCode(200);
        tables.backdateClaim(id, Duration.ofHours(2));

        as(DemoUsers.REN).get(MESSAGES).then().statusCode(200).body("", empty());
        problem(as(DemoUsers.REN).post(CLAIM, id).then(), 404, "not-found");
        as(DemoUsers.AOI).body(Map.of("text", REPLY)).post(ANSWER, id).then().statusCode(200);
    }

    @Test
    void answeringNeedsAClaimAndHappensOnce() {
        String id = leave(null);

        problem(as(DemoUsers.AOI).body(Map.of("text", REPLY)).post(ANSWER, id).then(), 409, "message-not-claimed");
        as(DemoUsers.AOI).post(CLAIM, id).then().statusCode(200);
        as(DemoUsers.AOI).body(Map.of("text", REPLY)).post(ANSWER, id).then().statusCode(200);
        problem(as(DemoUsers.AOI).body(Map.of("text", "again")).post(ANSWER, id).then(), 409, "message-answered");
        problem(as(DemoUsers.AOI).post(CLAIM, id).then(), 409, "message-answered");
    }

    @Test
    void unknownMessagesAreNotFoundAndShoppersSeeOnlyTheirOwn() {
        leave(null);

        problem(as(DemoUsers.AOI).post(CLAIM, UNKNOWN_ID).then(), 404, "not-found");
        problem(as(DemoUsers.AOI).body(Map.of("text", REPLY)).post(ANSWER, UNKNOWN_ID).then(), 404, "not-found");
        as(DemoUsers.AOI).post(CLAIM, "not-a-uuid").then().statusCode(404).contentType(PROBLEM_JSON);
        asShopper().get(MINE).then().statusCode(200).body("", empty());
    }

    @Test
    void whenStaffDirectoryDoesNotAnswerStaffAreToldToTryAgain() {
        when(staffDirectoryMock.roster()).thenReturn(Optional.empty());

        problem(as(DemoUsers.AOI).get(MESSAGES).then(), 503, "part-unavailable");
    }

    @Test
    void malformedAndInvalidInputIsABadRequest() {
        problem(asShopper(shopper).body("{\"topic\": ").post(MESSAGES).then(), 400, "malformed-json");
        problem(asShopper(shopper).body(Map.of("language", "Japanese", "topic", " ", "preferredStoreId", "Tokyo Store"))
                .post(MESSAGES).then(), 400, "invalid-request")
                .body("violations.field", hasItems("language", "topic", "preferredStoreId"));
        problem(asShopper(shopper).body(message("x".repeat(2001), null, false)).post(MESSAGES).then(), 400, "invalid-request");
        problem(asShopper(shopper).post(MESSAGES).then(), 400, "invalid-request");
        String id = leave(null);
        as(DemoUsers.AOI).post(CLAIM, id).then().statusCode(200);
        problem(as(DemoUsers.AOI).body(Map.of("text", "")).post(ANSWER, id).then(), 400, "invalid-request")
                .body("violations.field", hasItems("text"));
        problem(as(DemoUsers.AOI).body("[1,").post(ANSWER, id).then(), 400, "malformed-json");
    }

    @Test
    void withoutATokenEveryEndpointIsUnauthorized() {
        problem(anonymous().body(message(QUESTION, null, false)).post(MESSAGES).then(), 401, "unauthorized");
        problem(anonymous().get(MINE).then(), 401, "unauthorized");
        problem(anonymous().get(MESSAGES).then(), 401, "unauthorized");
        problem(anonymous().post(CLAIM, UNKNOWN_ID).then(), 401, "unauthorized");
        problem(anonymous().body(Map.of("text", REPLY)).post(ANSWER, UNKNOWN_ID).then(), 401, "unauthorized");
    }

    @Test
    void eachSideIsForbiddenTheOthersEndpoints() {
        problem(as(DemoUsers.AOI).body(message(QUESTION, null, false)).post(MESSAGES).then(), 403, "forbidden");
        problem(as(DemoUsers.AOI).get(MINE).then(), 403, "forbidden");
        problem(asShopper(shopper).get(MESSAGES).then(), 403, "forbidden");
        problem(asShopper(shopper).post(CLAIM, UNKNOWN_ID).then(), 403, "forbidden");
        problem(asShopper(shopper).body(Map.of("text", REPLY)).post(ANSWER, UNKNOWN_ID).then(), 403, "forbidden");
        problem(as(DemoUsers.SORA).get(MESSAGES).then(), 403, "forbidden");
    }
}
