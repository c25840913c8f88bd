package io.tsunagu.profilebridge.consent;

import io.quarkus.test.junit.QuarkusTest;
import io.tsunagu.testing.DemoUsers;
import io.tsunagu.testing.TestShopperTickets;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.tsunagu.profilebridge.ApiTesting.CONSENT;
import static io.tsunagu.profilebridge.ApiTesting.INTERESTS;
import static io.tsunagu.profilebridge.ApiTesting.LINKS;
import static io.tsunagu.profilebridge.ApiTesting.MALFORMED_JSON;
import static io.tsunagu.profilebridge.ApiTesting.NOTES;
import static io.tsunagu.profilebridge.ApiTesting.REPORT;
import static io.tsunagu.profilebridge.ApiTesting.consent;
import static io.tsunagu.profilebridge.ApiTesting.event;
import static io.tsunagu.profilebridge.ApiTesting.note;
import static io.tsunagu.profilebridge.ApiTesting.recordWithoutConsent;
import static io.tsunagu.testing.ApiCalls.anonymous;
import static io.tsunagu.testing.ApiCalls.as;
import static io.tsunagu.testing.ApiCalls.asService;
import static io.tsunagu.testing.ApiCalls.asShopper;
import static io.tsunagu.testing.ApiCalls.problem;
import static org.hamcrest.Matchers.anEmptyMap;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

@QuarkusTest
class ConsentResourceTest {

    private static final String CAMPING = "camping";

    @Test
    void aShopperSetsAndReadsTheirConsent() {
        String visitor = TestShopperTickets.newVisitorId();
        asShopper(visitor).get(CONSENT).then().statusCode(200)
                .body("useBehaviour", equalTo(false)).body("at", nullValue());

        asShopper(visitor).body(Map.of("useBehaviour", true)).put(CONSENT).then().statusCode(200)
                .body("useBehaviour", equalTo(true)).body("at", notNullValue());

        asShopper(visitor).get(CONSENT).then().statusCode(200).body("useBehaviour", equalTo(true));
    }

    @Test
    void withoutConsentMatchingGetsNoInterestsAndStaffSeeOnlyConsultations() {
        String visitor = TestShopperTickets.newVisitorId();
        recordWithoutConsent(visitor, List.of(event("cart_add", "p-1", List.of(CAMPING), Instant.now())));
        asService().body(note(UUID.randomUUID(), DemoUsers.AOI, "Asked about tents.", List.of(CAMPING)))
                .post(NOTES, visitor).then().statusCode(201);

        asService().get(INTERESTS, visitor).then().statusCode(200).body("interests", anEmptyMap());
        as(DemoUsers.MEI).get(REPORT, visitor).then().statusCode(200)
                .body("topInterests", empty())
                .body("recentProducts", empty())
                .body("notes", hasSize(1))
                .body("consent.useBehaviour", equalTo(false));

        consent(visitor, true);
        asService().get(INTERESTS, visitor).then().statusCode(200).body("interests.camping", equalTo(5.0f));
        as(DemoUsers.MEI).get(REPORT, visitor).then().statusCode(200).body("recentProducts", hasSize(1));

        consent(visitor, false);
        asService().get(INTERESTS, visitor).then().statusCode(200).body("interests", anEmptyMap());
    }

    @Test
    void aMergedPersonKeepsTheLaterDecisionAndTheUndoRestoresTheSurvivorsOwn() {
        String member = "m-" + UUID.randomUUID();
        String earlier = TestShopperTickets.newVisitorId();
        String later = TestShopperTickets.newVisitorId();
        recordWithoutConsent(earlier, List.of(event("search", null, List.of(CAMPING), Instant.now())));
        recordWithoutConsent(later, List.of(event("search", null, List.of(CAMPING), Instant.now())));
        consent(earlier, true);
        consent(later, false);
        asService().body(Map.of("visitorId", earlier, "memberId", member)).post(LINKS).then().statusCode(200);

        String mergeId = asService().body(Map.of("visitorId", later, "memberId", member)).post(LINKS).then().statusCode(200)
                .extract().path("mergeId");
        asShopper(earlier).get(CONSENT).then().body("useBehaviour", equalTo(false));

        as(DemoUsers.MEI).post("/api/profile-bridge/merges/{id}/undo", mergeId).then().statusCode(200);
        asShopper(earlier).get(CONSENT).then().body("useBehaviour", equalTo(true));
        asShopper(later).get(CONSENT).then().body("useBehaviour", equalTo(false));
    }

    @Test
    void onlyTheShopperSetsConsentWithAValidBody() {
        problem(anonymous().body(Map.of("useBehaviour", true)).put(CONSENT).then(), 401, "unauthorized");
        problem(as(DemoUsers.AOI).body(Map.of("useBehaviour", true)).put(CONSENT).then(), 403, "forbidden");
        problem(asService().get(CONSENT).then(), 403, "forbidden");
        problem(asShopper().body(Map.of()).put(CONSENT).then(), 400, "invalid-request");
        problem(asShopper().body(Map.of("useBehaviour", "perhaps")).put(CONSENT).then(), 400, "malformed-json");
        problem(asShopper().body(MALFORMED_JSON).put(CONSENT).then(), 400, "malformed-json");
    }
}
