package io.tsunagu.profilebridge.report;

import io.quarkus.test.junit.QuarkusTest;
import io.tsunagu.testing.DemoUsers;
import io.tsunagu.testing.TestShopperTickets;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import static io.tsunagu.profilebridge.ApiTesting.AUDIT;
import static io.tsunagu.profilebridge.ApiTesting.GRANT;
import static io.tsunagu.profilebridge.ApiTesting.MALFORMED_JSON;
import static io.tsunagu.profilebridge.ApiTesting.REPORT;
import static io.tsunagu.profilebridge.ApiTesting.event;
import static io.tsunagu.profilebridge.ApiTesting.grant;
import static io.tsunagu.profilebridge.ApiTesting.record;
import static io.tsunagu.testing.ApiCalls.anonymous;
import static io.tsunagu.testing.ApiCalls.as;
import static io.tsunagu.testing.ApiCalls.asService;
import static io.tsunagu.testing.ApiCalls.asShopper;
import static io.tsunagu.testing.ApiCalls.problem;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

/** Data minimisation: staff read a report only with matching's grant, and every read is audited. */
@QuarkusTest
class ReportAccessTest {

    private static Map<String, String> until(Instant until) {
        return Map.of("until", until.toString());
    }

    private static String shopperWithHistory() {
        String visitor = TestShopperTickets.newVisitorId();
        record(visitor, List.of(event("search", null, List.of("camping"), Instant.now())));
        return visitor;
    }

    @Test
    void staffReadingAnotherStaffMembersShopperAreRefused() {
        String visitor = shopperWithHistory();
        grant(visitor, DemoUsers.AOI);

        as(DemoUsers.AOI).get(REPORT, visitor).then().statusCode(200);
        problem(as(DemoUsers.REN).get(REPORT, visitor).then(), 403, "not-your-shopper");
        // A shopper nobody knows is refused the same way: the refusal tells nothing.
        problem(as(DemoUsers.REN).get(REPORT, TestShopperTickets.newVisitorId()).then(), 403, "not-your-shopper");
    }

    @Test
    void aGrantThatRanOutNoLongerOpensTheReport() {
        String visitor = shopperWithHistory();
        asService().body(until(Instant.now().minusSeconds(1))).put(GRANT, visitor, DemoUsers.HANA).then().statusCode(204);
        problem(as(DemoUsers.HANA).get(REPORT, visitor).then(), 403, "not-your-shopper");

        asService().body(until(Instant.now().plusSeconds(600))).put(GRANT, visitor, DemoUsers.HANA).then().statusCode(204);
        as(DemoUsers.HANA).get(REPORT, visitor).then().statusCode(200);
    }

    @Test
    void everyReadIsAuditedAndOnlyAdminsReadTheAudit() {
        String visitor = shopperWithHistory();
        grant(visitor, DemoUsers.AOI);
        as(DemoUsers.AOI).get(REPORT, visitor).then().statusCode(200);
        as(DemoUsers.REN).get(REPORT, visitor).then().statusCode(403);
        // Managers see aggregated store insights, not a shopper: no grant, no report.
        problem(as(DemoUsers.SORA).get(REPORT, visitor).then(), 403, "not-your-shopper");
        as(DemoUsers.MEI).get(REPORT, visitor).then().statusCode(200);

        as(DemoUsers.MEI).queryParam("visitorId", visitor).get(AUDIT).then().statusCode(200)
                .body("reader", contains(DemoUsers.MEI, DemoUsers.SORA, DemoUsers.REN, DemoUsers.AOI))
                .body("outcome", contains("READ", "DENIED", "DENIED", "READ"))
                .body("visitorId", contains(visitor, visitor, visitor, visitor));
        problem(as(DemoUsers.SORA).queryParam("visitorId", visitor).get(AUDIT).then(), 403, "forbidden");
        problem(asService().queryParam("visitorId", visitor).get(AUDIT).then(), 403, "forbidden");
        problem(anonymous().queryParam("visitorId", visitor).get(AUDIT).then(), 401, "unauthorized");
        problem(as(DemoUsers.MEI).get(AUDIT).then(), 400, "invalid-request");
        problem(as(DemoUsers.MEI).queryParam("visitorId", visitor).queryParam("limit", 0).get(AUDIT).then(), 400, "invalid-request");
    }

    @Test
    void aReadOfAShopperNobodyKnowsIsAuditedAsNotFoundAndNotAsRead() {
        String stranger = TestShopperTickets.newVisitorId();
        problem(as(DemoUsers.MEI).get(REPORT, stranger).then(), 404, "not-found");

        as(DemoUsers.MEI).queryParam("visitorId", stranger).get(AUDIT).then().statusCode(200)
                .body("outcome", contains("NOT_FOUND"))
                .body("roles[0]", contains("admin"));
    }

    @Test
    void onlyServicesGrantWithAValidBody() {
        String visitor = TestShopperTickets.newVisitorId();
        Map<String, String> body = until(Instant.now().plusSeconds(60));
        problem(anonymous().body(body).put(GRANT, visitor, DemoUsers.AOI).then(), 401, "unauthorized");
        problem(as(DemoUsers.SORA).body(body).put(GRANT, visitor, DemoUsers.AOI).then(), 403, "forbidden");
        problem(asShopper(visitor).body(body).put(GRANT, visitor, DemoUsers.AOI).then(), 403, "forbidden");
        problem(asService().body(Map.of()).put(GRANT, visitor, DemoUsers.AOI).then(), 400, "invalid-request");
        problem(asService().body(Map.of("until", "tomorrow")).put(GRANT, visitor, DemoUsers.AOI).then(), 400, "malformed-json");
        problem(asService().body(MALFORMED_JSON).put(GRANT, visitor, DemoUsers.AOI).then(), 400, "malformed-json");
        problem(asService().body(until(Instant.now().plusSeconds(30L * 24 * 3600))).put(GRANT, visitor, DemoUsers.AOI).then(),
                400, "invalid-request").body("violations.field", contains("until"));
        problem(asService().body(body).put(GRANT, "bad id!", DemoUsers.AOI).then(), 400, "invalid-request");
        problem(asService().body(body).put(GRANT, visitor, "no spaces allowed").then(), 400, "invalid-request")
                .body("violations.field", contains("staffUsername"));
    }

    @Test
    void theReportStillAnswersItsOtherCallersAsBefore() {
        String visitor = shopperWithHistory();
        as(DemoUsers.MEI).get(REPORT, visitor).then().statusCode(200).body("visitorId", equalTo(visitor));
    }
}
