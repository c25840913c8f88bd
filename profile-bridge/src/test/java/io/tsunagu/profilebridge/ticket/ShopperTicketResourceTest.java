package io.tsunagu.profilebridge.ticket;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.tsunagu.shopperticket.ShopperTicket;
import io.tsunagu.shopperticket.ShopperTicketCodec;
import io.tsunagu.shopperticket.ShopperTickets;
import io.tsunagu.testing.DemoUsers;
import io.tsunagu.testing.TestShopperTickets;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static io.tsunagu.profilebridge.ApiTesting.EVENTS;
import static io.tsunagu.profilebridge.ApiTesting.INTERESTS;
import static io.tsunagu.profilebridge.ApiTesting.MALFORMED_JSON;
import static io.tsunagu.profilebridge.ApiTesting.TICKETS;
import static io.tsunagu.testing.ApiCalls.anonymous;
import static io.tsunagu.testing.ApiCalls.as;
import static io.tsunagu.testing.ApiCalls.asService;
import static io.tsunagu.profilebridge.ApiTesting.batch;
import static io.tsunagu.profilebridge.ApiTesting.event;
import static io.tsunagu.testing.ApiCalls.problem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

@QuarkusTest
class ShopperTicketResourceTest {

    private static final String KNOWN_VISITOR = "v-0123456789abcdef0123";
    private static final Duration TICKET_LIFETIME = Duration.ofMinutes(10);
    private static final ShopperTicketCodec CODEC = new ShopperTicketCodec(TestShopperTickets.TEST_SECRET, TICKET_LIFETIME);

    @Test
    void anAnonymousCallerGetsATicketForANewVisitor() {
        JsonPath answer = anonymous().body("{}").post(TICKETS).then().statusCode(201).extract().jsonPath();

        String visitorId = answer.getString("visitorId");
        assertThat(visitorId).matches("v-[0-9a-f]{20}");
        ShopperTicket ticket = CODEC.verify(answer.getString("ticket"), Instant.now());
        assertThat(ticket.visitorId()).isEqualTo(visitorId);
        assertThat(Instant.parse(answer.getString("expiresAt"))).isEqualTo(ticket.expiresAt());
        assertThat(Duration.between(Instant.now(), ticket.expiresAt()).toSeconds())
                .isCloseTo(TICKET_LIFETIME.toSeconds(), within(5L));
    }

    @Test
    void eachNewVisitorGetsItsOwnId() {
        String first = anonymous().body("{}").post(TICKETS).then().statusCode(201).extract().path("visitorId");
        String second = anonymous().post(TICKETS).then().statusCode(201).extract().path("visitorId");

        assertThat(first).isNotEqualTo(second);
    }

    @Test
    void aReturningVisitorKeepsTheirIdAndIsRecorded() {
        String ticket = anonymous().body(Map.of("visitorId", KNOWN_VISITOR)).post(TICKETS)
                .then().statusCode(201).body("visitorId", equalTo(KNOWN_VISITOR)).extract().path("ticket");

        assertThat(CODEC.verify(ticket, Instant.now()).visitorId()).isEqualTo(KNOWN_VISITOR);
        asService().get(INTERESTS, KNOWN_VISITOR).then().statusCode(200).body("visitorId", equalTo(KNOWN_VISITOR));
        anonymous().body(Map.of("visitorId", KNOWN_VISITOR)).post(TICKETS).then().statusCode(201);
    }

    @Test
    void theIssuedTicketAuthenticatesTheShopperForEvents() {
        JsonPath answer = anonymous().body("{}").post(TICKETS).then().statusCode(201).extract().jsonPath();
        anonymous().header(ShopperTickets.HEADER, answer.getString("ticket")).body(java.util.Map.of("useBehaviour", true))
                .put(io.tsunagu.profilebridge.ApiTesting.CONSENT).then().statusCode(200);

        anonymous().header(ShopperTickets.HEADER, answer.getString("ticket"))
                .body(batch(List.of(event("product_view", "p-101", List.of("mountaineering"), Instant.now()))))
                .post(EVENTS)
                .then().statusCode(202).body("accepted", equalTo(1));
        asService().get(INTERESTS, answer.getString("visitorId"))
                .then().statusCode(200).body("interests.mountaineering", equalTo(1.0f));
    }

    @Test
    void aSignedInStaffMemberMayAlsoAskForATicket() {
        as(DemoUsers.AOI).body("{}").post(TICKETS).then().statusCode(201);
    }

    @Test
    void anInvalidVisitorIdIsRefused() {
        for (String invalid : List.of("short", "has space in it", "v-" + "x".repeat(63), "v-ünïcode-123")) {
            problem(anonymous().body(Map.of("visitorId", invalid)).post(TICKETS).then(), 400, "invalid-request")
                    .body("violations.field", hasItem("visitorId"));
        }
    }

    @Test
    void malformedJsonIsRefused() {
        problem(anonymous().body(MALFORMED_JSON).post(TICKETS).then(), 400, "malformed-json");
        problem(anonymous().body("{\"visitorId\": [\"" + KNOWN_VISITOR + "\"]}").post(TICKETS).then(), 400, "malformed-json");
    }
}
