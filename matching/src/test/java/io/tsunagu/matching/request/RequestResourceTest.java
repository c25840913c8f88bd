package io.tsunagu.matching.request;

import io.quarkus.test.InjectMock;
import io.quarkus.test.junit.QuarkusTest;
import io.tsunagu.matching.client.ProfileBridge;
import io.tsunagu.matching.client.Signaling;
import io.tsunagu.matching.client.StaffDirectory;
import io.tsunagu.matching.client.StaffDirectoryStores;
import io.tsunagu.matching.support.Shoppers;
import io.tsunagu.matching.support.Tables;
import io.tsunagu.testing.DemoUsers;
import io.tsunagu.testing.TestShopperTickets;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static io.tsunagu.testing.ApiCalls.PROBLEM_JSON;
import static io.tsunagu.testing.ApiCalls.anonymous;
import static io.tsunagu.testing.ApiCalls.asShopper;
import static io.tsunagu.testing.ApiCalls.as;
import static io.tsunagu.matching.support.Api.problem;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

@QuarkusTest
class RequestResourceTest {

    private static final String REQUESTS = "/api/matching/requests";
    private static final String REQUEST = REQUESTS + "/{id}";
    private static final String UNKNOWN_ID = "6f1c2a52-5b0e-4a59-9c1f-0d6f4c1b2a77";
    private static final Map<String, Object> VALID_BODY = Map.of("language", "ja", "channel", "VIDEO", "topic", Shoppers.TOPIC);

    @InjectMock
    ProfileBridge profileBridgeMock;
    @InjectMock
    StaffDirectory staffDirectoryMock;
    @InjectMock
    Signaling signalingMock;
    @InjectMock
    StaffDirectoryStores storesMock;
    @Inject
    Tables tables;

    private final String visitor = TestShopperTickets.newVisitorId();

    @BeforeEach
    void emptyQueue() {
        tables.clear();
        when(storesMock.storeIds()).thenReturn(Optional.of(Set.of("tokyo", "osaka", "sapporo")));
    }

    @Test
    void aRequestIsQueuedWithTheInterestSnapshotWhenTheShopperAllowsIt() {
        when(profileBridgeMock.interests(visitor)).thenReturn(Shoppers.CLIMBER_INTERESTS);

        String id = asShopper(visitor)
                .body(Map.of("language", "ja", "channel", "VIDEO", "topic", Shoppers.TOPIC, "useBehaviour", true))
                .post(REQUESTS)
                .then().statusCode(201)
                .header("Location", startsWith("http"))
                .body("visitorId", equalTo(visitor))
                .body("language", equalTo("ja"))
                .body("channel", equalTo("VIDEO"))
                .body("topic", equalTo(Shoppers.TOPIC))
                .body("status", equalTo("WAITING"))
                .body("position", equalTo(1))
                .body("consultationId", nullValue())
                .extract().path("id");

        asShopper(visitor).get(REQUEST, id)
                .then().statusCode(200).body("id", equalTo(id)).body("status", equalTo("WAITING"));
        verify(profileBridgeMock).interests(visitor);
    }

    @Test
    void withoutConsentNoInterestsAreFetched() {
        asShopper(visitor).body(Map.of("language", "en", "channel", "CHAT", "useBehaviour", false))
                .post(REQUESTS)
                .then().statusCode(201).body("status", equalTo("WAITING"));
        asShopper(visitor).body(Map.of("language", "en", "channel", "VOICE"))
                .post(REQUESTS)
                .then().statusCode(201);

        verify(profileBridgeMock, never()).interests(anyString());
    }

    @Test
    void thePositionCountsTheRequestsQueuedEarlierAndMovesUpWhenOneLeaves() {
        String earlier = TestShopperTickets.newVisitorId();
        String earlierId = asShopper(earlier).body(VALID_BODY).post(REQUESTS)
                .then().statusCode(201).body("position", equalTo(1)).extract().path("id");

        String id = asShopper(visitor).body(VALID_BODY).post(REQUESTS)
                .then().statusCode(201).body("position", equalTo(2)).extract().path("id");
        asShopper(earlier).delete(REQUEST, earlierId).then().statusCode(204);

        asShopper(visitor).get(REQUEST, id).then().statusCode(200).body("position", equalTo(1));
    }

    @Test
    void anotherShoppersRequestIsNotFound() {
        String id = asShopper(visitor).body(VALID_BODY).post(REQUESTS).then().statusCode(201).extract().path("id");
        String stranger = TestShopperTickets.newVisitorId();

        asShopper(stranger).get(REQUEST, id)
                .then().statusCode(404).contentType(PROBLEM_JSON).body("type", equalTo(problem("not-found")));
        asShopper(stranger).delete(REQUEST, id)
                .then().statusCode(404).contentType(PROBLEM_JSON);
        asShopper(visitor).get(REQUEST, id).then().statusCode(200).body("status", equalTo("WAITING"));
    }

    @Test
    void unknownAndMalformedIdsAreNotFound() {
        asShopper(visitor).get(REQUEST, UNKNOWN_ID)
                .then().statusCode(404).contentType(PROBLEM_JSON).body("type", equalTo(problem("not-found")));
        asShopper(visitor).get(REQUEST, "not-a-uuid")
                .then().statusCode(404).contentType(PROBLEM_JSON);
    }

    @Test
    void cancellingLeavesTheQueueAndCanBeRepeated() {
        String id = asShopper(visitor).body(VALID_BODY).post(REQUESTS).then().statusCode(201).extract().path("id");

        asShopper(visitor).delete(REQUEST, id).then().statusCode(204);
        asShopper(visitor).delete(REQUEST, id).then().statusCode(204);

        asShopper(visitor).get(REQUEST, id)
                .then().statusCode(200).body("status", equalTo("CANCELLED")).body("position", nullValue());
    }

    @Test
    void aPreferredStoreIsKeptWithTheRequest() {
        String id = asShopper(visitor).body(Map.of("language", "ja", "channel", "VIDEO", "preferredStoreId", "osaka"))
                .post(REQUESTS)
                .then().statusCode(201).body("preferredStoreId", equalTo("osaka")).extract().path("id");

        asShopper(visitor).get(REQUEST, id).then().statusCode(200).body("preferredStoreId", equalTo("osaka"));
        asShopper(visitor).body(VALID_BODY).post(REQUESTS).then().statusCode(201).body("preferredStoreId", nullValue());
    }

    @Test
    void anUnknownOrMalformedPreferredStoreIsABadRequest() {
        asShopper(visitor).body(Map.of("language", "ja", "channel", "VIDEO", "preferredStoreId", "kyoto"))
                .post(REQUESTS)
                .then().statusCode(400).contentType(PROBLEM_JSON)
                .body("type", equalTo(problem("invalid-request")))
                .body("violations.field", hasItems("preferredStoreId"));
        asShopper(visitor).body(Map.of("language", "ja", "channel", "VIDEO", "preferredStoreId", "Tokyo Store"))
                .post(REQUESTS)
                .then().statusCode(400).contentType(PROBLEM_JSON)
                .body("type", equalTo(problem("invalid-request")))
                .body("violations.field", hasItems("preferredStoreId"));
    }

    @Test
    void aStoreAddedAMomentAgoIsKnownAtOnce() {
        asShopper(visitor).body(Map.of("language", "ja", "channel", "VIDEO", "preferredStoreId", "osaka")).post(REQUESTS)
                .then().statusCode(201);
        when(storesMock.storeIds()).thenReturn(Optional.of(Set.of("tokyo", "osaka", "sapporo", "fukuoka")));

        asShopper(visitor).body(Map.of("language", "ja", "channel", "VIDEO", "preferredStoreId", "fukuoka")).post(REQUESTS)
                .then().statusCode(201).body("preferredStoreId", equalTo("fukuoka"));
    }

    @Test
    void malformedJsonIsABadRequest() {
        asShopper(visitor).body("{\"language\": ").post(REQUESTS)
                .then().statusCode(400).contentType(PROBLEM_JSON).body("type", equalTo(problem("malformed-json")));
        asShopper(visitor).body(Map.of("language", "ja", "channel", "CARRIER_PIGEON")).post(REQUESTS)
                .then().statusCode(400).contentType(PROBLEM_JSON).body("type", equalTo(problem("malformed-json")));
    }

    @Test
    void invalidValuesAreABadRequestNamingEachField() {
        asShopper(visitor).body(Map.of("language", "Japanese", "topic", "x".repeat(501))).post(REQUESTS)
                .then().statusCode(400).contentType(PROBLEM_JSON)
                .body("type", equalTo(problem("invalid-request")))
                .body("violations.field", hasItems("channel", "language", "topic"));
        asShopper(visitor).post(REQUESTS)
                .then().statusCode(400).contentType(PROBLEM_JSON);
    }

    @Test
    void withoutATicketEveryEndpointIsUnauthorized() {
        anonymous().body(VALID_BODY).post(REQUESTS).then().statusCode(401).contentType(PROBLEM_JSON);
        anonymous().get(REQUEST, UNKNOWN_ID).then().statusCode(401).contentType(PROBLEM_JSON);
        anonymous().delete(REQUEST, UNKNOWN_ID).then().statusCode(401).contentType(PROBLEM_JSON);
        anonymous().header("Shopper-Ticket", TestShopperTickets.expiredTicketFor(visitor)).body(VALID_BODY).post(REQUESTS)
                .then().statusCode(401).contentType(PROBLEM_JSON);
    }

    @Test
    void staffTokensAreForbidden() {
        as(DemoUsers.AOI).body(VALID_BODY).post(REQUESTS)
                .then().statusCode(403).contentType(PROBLEM_JSON).body("type", equalTo(problem("forbidden")));
        as(DemoUsers.SORA).get(REQUEST, UNKNOWN_ID).then().statusCode(403).contentType(PROBLEM_JSON);
        as(DemoUsers.MEI).delete(REQUEST, UNKNOWN_ID).then().statusCode(403).contentType(PROBLEM_JSON);
    }
}
