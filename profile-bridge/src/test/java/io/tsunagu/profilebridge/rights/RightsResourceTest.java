package io.tsunagu.profilebridge.rights;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.tsunagu.testing.DemoUsers;
import io.tsunagu.testing.TestShopperTickets;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.tsunagu.profilebridge.ApiTesting.LINKS;
import static io.tsunagu.profilebridge.ApiTesting.NOTES;
import static io.tsunagu.profilebridge.ApiTesting.OFFLINE_EVENTS;
import static io.tsunagu.profilebridge.ApiTesting.REPORT;
import static io.tsunagu.profilebridge.ApiTesting.event;
import static io.tsunagu.profilebridge.ApiTesting.grant;
import static io.tsunagu.profilebridge.ApiTesting.note;
import static io.tsunagu.profilebridge.ApiTesting.record;
import static io.tsunagu.testing.ApiCalls.anonymous;
import static io.tsunagu.testing.ApiCalls.as;
import static io.tsunagu.testing.ApiCalls.asService;
import static io.tsunagu.testing.ApiCalls.asShopper;
import static io.tsunagu.testing.ApiCalls.problem;
import static org.assertj.core.api.Assertions.assertThat;

@QuarkusTest
class RightsResourceTest {

    private static final String SCHEMA = "profile_bridge";
    private static final String EXPORT = "/api/profile-bridge/shoppers/{visitorId}/export";
    private static final String MY_EXPORT = "/api/profile-bridge/shoppers/me/export";
    private static final String ERASE = "/api/profile-bridge/shoppers/{visitorId}";
    private static final String ERASE_MINE = "/api/profile-bridge/shoppers/me";

    @Inject
    EntityManager entityManager;

    /** A shopper with every kind of data: two visitor ids merged under a member, a card, events, notes, a grant, reads. */
    private record Shopper(String visitor, String otherVisitor, String member, String card, String personId, String mergeId) {

        List<String> values() {
            return List.of(visitor, otherVisitor, member, card, "member:" + member, "card:" + card, personId, mergeId);
        }
    }

    private static Shopper shopperWithEverything() {
        String visitor = TestShopperTickets.newVisitorId();
        String other = TestShopperTickets.newVisitorId();
        String member = "m-" + UUID.randomUUID();
        String card = "c-" + UUID.randomUUID();
        record(visitor, List.of(event("cart_add", "p-1", List.of("camping"), Instant.now())));
        record(other, List.of(event("favorite", "p-2", List.of("skiing"), Instant.now())));
        asService().body(Map.of("visitorId", visitor, "memberId", member)).post(LINKS).then().statusCode(200);
        JsonPath merged = asService().body(Map.of("visitorId", other, "memberId", member)).post(LINKS).then().statusCode(200)
                .extract().jsonPath();
        asService().body(Map.of("cardId", card, "memberId", member)).post(LINKS).then().statusCode(200);
        asService().body(Map.of("events", List.of(Map.of("id", UUID.randomUUID().toString(), "type", "store_checkin",
                "cardId", card, "storeId", "tokyo", "occurredAt", Instant.now().toString())))).post(OFFLINE_EVENTS).then().statusCode(202);
        asService().body(note(UUID.randomUUID(), DemoUsers.AOI, "Tents.", List.of("camping"))).post(NOTES, visitor).then().statusCode(201);
        grant(visitor, DemoUsers.AOI);
        as(DemoUsers.AOI).get(REPORT, visitor).then().statusCode(200);
        return new Shopper(visitor, other, member, card, merged.getString("personId"), merged.getString("mergeId"));
    }

    /** Rows in any table of the schema whose text, uuid or array columns hold one of the values, found through information_schema. */
    private List<String> rowsReferring(List<String> values) {
        return QuarkusTransaction.requiringNew().call(() -> {
            @SuppressWarnings("unchecked")
            List<Object[]> columns = entityManager.createNativeQuery("""
                            SELECT table_name, column_name, data_type FROM information_schema.columns
                            WHERE table_schema = :schema AND data_type IN ('text', 'uuid', 'ARRAY', 'character varying')
                            AND table_name <> 'flyway_schema_history'""")
                    .setParameter("schema", SCHEMA).getResultList();
            assertThat(columns).isNotEmpty();
            List<String> found = new ArrayList<>();
            String[] array = values.toArray(String[]::new);
            for (Object[] column : columns) {
                String table = (String) column[0];
                String name = (String) column[1];
                String condition = "ARRAY".equals(column[2])
                        ? "%s::text[] && cast(:values AS text[])".formatted(quoted(name))
                        : "%s::text = ANY(cast(:values AS text[]))".formatted(quoted(name));
                Number count = (Number) entityManager.createNativeQuery(
                                "SELECT count(*) FROM %s.%s WHERE %s".formatted(SCHEMA, quoted(table), condition))
                        .setParameter("values", "{" + String.join(",", array) + "}").getSingleResult();
                if (count.longValue() > 0) {
                    found.add(table + "." + name + ": " + count);
                }
            }
            return found;
        });
    }

    private static String quoted(String identifier) {
        return "\"" + identifier.replace("\"", "\"\"") + "\"";
    }

    @Test
    void afterErasureNoRowInAnyTableRefersToTheShopper() {
        Shopper shopper = shopperWithEverything();
        Shopper bystander = shopperWithEverything();
        assertThat(rowsReferring(shopper.values())).isNotEmpty();

        as(DemoUsers.MEI).delete(ERASE, shopper.visitor()).then().statusCode(204);

        assertThat(rowsReferring(shopper.values())).isEmpty();
        // Only this shopper went.
        assertThat(rowsReferring(bystander.values())).hasSizeGreaterThan(5);
        problem(as(DemoUsers.MEI).get(REPORT, shopper.visitor()).then(), 404, "not-found");
        as(DemoUsers.MEI).get(REPORT, bystander.visitor()).then().statusCode(200);
    }

    @Test
    void aShopperErasesThemselves() {
        Shopper shopper = shopperWithEverything();

        asShopper(shopper.otherVisitor()).delete(ERASE_MINE).then().statusCode(204);

        assertThat(rowsReferring(shopper.values())).isEmpty();
    }

    @Test
    void theExportHoldsEverythingAboutTheShopper() {
        Shopper shopper = shopperWithEverything();

        JsonPath export = as(DemoUsers.MEI).get(EXPORT, shopper.visitor()).then().statusCode(200).extract().jsonPath();
        JsonPath mine = asShopper(shopper.visitor()).get(MY_EXPORT).then().statusCode(200).extract().jsonPath();

        assertThat(export.getList("identities.externalId", String.class))
                .containsExactlyInAnyOrder(shopper.visitor(), shopper.otherVisitor(), shopper.member(), shopper.card());
        assertThat(export.getList("events.type", String.class)).containsExactlyInAnyOrder("cart_add", "favorite", "store_checkin");
        assertThat(export.getList("consultations.text", String.class)).containsExactly("Tents.");
        assertThat(export.getList("interests.tag", String.class)).contains("camping", "skiing");
        assertThat(export.getList("merges.id", String.class)).containsExactly(shopper.mergeId());
        assertThat(export.getList("reportAccess.staffUsername", String.class)).containsExactly(DemoUsers.AOI);
        assertThat(export.getList("reportReads.reader", String.class)).containsExactly(DemoUsers.AOI);
        assertThat(export.getList("persons.id", String.class)).contains(shopper.personId());
        assertThat(mine.getMap("$")).isEqualTo(export.getMap("$"));
    }

    @Test
    void onlyAdminsActForOthersAndOnlyTheShopperForThemselves() {
        String visitor = TestShopperTickets.newVisitorId();
        record(visitor, List.of(event("search", null, List.of("camping"), Instant.now())));
        problem(anonymous().get(EXPORT, visitor).then(), 401, "unauthorized");
        problem(as(DemoUsers.SORA).get(EXPORT, visitor).then(), 403, "forbidden");
        problem(asService().get(EXPORT, visitor).then(), 403, "forbidden");
        problem(asShopper(visitor).get(EXPORT, visitor).then(), 403, "forbidden");
        problem(as(DemoUsers.SORA).delete(ERASE, visitor).then(), 403, "forbidden");
        problem(anonymous().delete(ERASE_MINE).then(), 401, "unauthorized");
        problem(as(DemoUsers.MEI).delete(ERASE_MINE).then(), 403, "forbidden");
        problem(as(DemoUsers.MEI).get(EXPORT, TestShopperTickets.newVisitorId()).then(), 404, "not-found");
        problem(as(DemoUsers.MEI).delete(ERASE, "bad id!").then(), 400, "invalid-request");
    }
}
