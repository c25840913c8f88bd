package io.tsunagu.profilebridge.insights;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.InjectMock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.tsunagu.testing.DemoUsers;
import io.tsunagu.testing.TestShopperTickets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.Mockito;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static io.tsunagu.profilebridge.ApiTesting.BASE;
import static io.tsunagu.profilebridge.ApiTesting.NOTES;
import static io.tsunagu.profilebridge.ApiTesting.OFFLINE_EVENTS;
import static io.tsunagu.profilebridge.ApiTesting.consent;
import static io.tsunagu.profilebridge.ApiTesting.event;
import static io.tsunagu.profilebridge.ApiTesting.note;
import static io.tsunagu.profilebridge.ApiTesting.record;
import static io.tsunagu.testing.ApiCalls.anonymous;
import static io.tsunagu.testing.ApiCalls.as;
import static io.tsunagu.testing.ApiCalls.asService;
import static io.tsunagu.testing.ApiCalls.asShopper;
import static io.tsunagu.testing.ApiCalls.problem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyString;

/**
 * Managers' store insights. Which stores a caller looks after and who works where come from
 * staff-directory; here a stand-in answers as its {@code GET /me} and {@code GET /staff} would for
 * the demo manager (one store) and admin (every store).
 */
@QuarkusTest
class StoreInsightsResourceTest {

    private static final String ALL = BASE + "/store-insights";
    private static final String ONE = BASE + "/store-insights/{storeId}";
    /** Stores of this run only: other tests record events in the demo stores. */
    private static final String BUSY_STORE = "busy-" + UUID.randomUUID().toString().substring(0, 8);
    private static final String SMALL_STORE = "small-" + UUID.randomUUID().toString().substring(0, 8);
    private static final String STORE_STAFF = "staff-" + UUID.randomUUID().toString().substring(0, 8);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static boolean recorded;

    @InjectMock
    StoreDirectory directory;

    @BeforeEach
    void staffDirectoryAnswers() {
        Mockito.when(directory.storesOf(anyString())).thenAnswer(call -> switch (usernameIn(call.getArgument(0))) {
            case DemoUsers.SORA -> Set.of(BUSY_STORE);
            case DemoUsers.MEI -> Set.of(BUSY_STORE, SMALL_STORE);
            default -> Set.of();
        });
        Mockito.when(directory.staffByStore()).thenReturn(Map.of(BUSY_STORE, Set.of(STORE_STAFF)));
        if (!recorded) {
            recordShoppers();
            recorded = true;
        }
    }

    private static String usernameIn(String token) {
        try {
            byte[] claims = Base64.getUrlDecoder().decode(token.split("\\.")[1]);
            return JSON.readTree(new String(claims, StandardCharsets.UTF_8)).path("preferred_username").asText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The busy store: six consenting shoppers who checked in and browsed online (camping all six,
     * skiing five, climbing one), each with a purchase in a consultation with the store's staff, and
     * one shopper who did not consent. The small store: three shoppers.
     */
    private static void recordShoppers() {
        for (int i = 0; i < 6; i++) {
            String visitor = TestShopperTickets.newVisitorId();
            List<String> tags = new ArrayList<>(List.of("camping"));
            if (i < 5) {
                tags.add("skiing");
            }
            if (i == 0) {
                tags.add("climbing");
            }
            record(visitor, tags.stream().map(tag -> event("product_view", null, List.of(tag), Instant.now())).toList());
            checkIn(visitor, BUSY_STORE);
            Map<String, Object> purchase = new HashMap<>(note(UUID.randomUUID(), STORE_STAFF, "Bought a tent.", List.of()));
            purchase.put("outcome", "PURCHASED");
            asService().body(purchase).post(NOTES, visitor).then().statusCode(201);
        }
        String declined = TestShopperTickets.newVisitorId();
        consent(declined, false);
        checkIn(declined, BUSY_STORE);
        for (int i = 0; i < 3; i++) {
            String visitor = TestShopperTickets.newVisitorId();
            consent(visitor, true);
            checkIn(visitor, SMALL_STORE);
        }
    }

    private static void checkIn(String visitor, String store) {
        asService().body(Map.of("events", List.of(Map.of("id", UUID.randomUUID().toString(), "type", "store_checkin",
                "visitorId", visitor, "storeId", store, "occurredAt", Instant.now().toString())))).post(OFFLINE_EVENTS)
                .then().statusCode(202);
    }

    @Test
    void aManagerSeesCountsOfTheirStoresShoppersAndNoPerson() {
        JsonPath insights = as(DemoUsers.SORA).get(ONE, BUSY_STORE).then().statusCode(200).extract().jsonPath();

        assertThat(insights.getBoolean("suppressed")).isFalse();
        assertThat(insights.getInt("minimumGroupSize")).isEqualTo(5);
        // The shopper who did not consent is not counted, not even from a check-in.
        assertThat(insights.getInt("shoppers")).isEqualTo(6);
        // climbing (one shopper) is below the minimum group size and not listed at all.
        assertThat(insights.getList("topInterests.tag", String.class)).containsExactly("camping", "skiing");
        assertThat(insights.getList("topInterests.shoppers", Integer.class)).containsExactly(6, 5);
        // All six seen online and in a store.
        assertThat(insights.getMap("channelMix")).containsExactlyInAnyOrderEntriesOf(
                Map.of("storeOnly", 0, "onlineOnly", 0, "both", 6, "neither", 0));
        assertThat(insights.getInt("consultations")).isEqualTo(6);
        assertThat(insights.getMap("consultationOutcomes")).containsExactlyInAnyOrderEntriesOf(
                Map.of("PURCHASED", 6, "CONSIDERING", 0, "NOT_INTERESTED", 0, "NONE", 0));
        String body = as(DemoUsers.SORA).get(ONE, BUSY_STORE).then().extract().asString();
        assertThat(body).doesNotContain("visitorId").doesNotContain("v-");
    }

    @Test
    void aStoreWithFewerShoppersThanTheMinimumShowsNothing() {
        JsonPath insights = as(DemoUsers.MEI).get(ONE, SMALL_STORE).then().statusCode(200).extract().jsonPath();

        assertThat(insights.getBoolean("suppressed")).isTrue();
        assertThat(insights.getString("shoppers")).isNull();
        assertThat(insights.getList("topInterests")).isEmpty();
        assertThat(insights.getMap("channelMix")).isEmpty();
        assertThat(insights.getMap("consultationOutcomes")).isEmpty();
    }

    @Test
    void theListHasEveryStoreTheCallerLooksAfter() {
        as(DemoUsers.SORA).get(ALL).then().statusCode(200).extract().jsonPath().getList("storeId", String.class)
                .forEach(store -> assertThat(store).isEqualTo(BUSY_STORE));
        assertThat(as(DemoUsers.MEI).get(ALL).then().statusCode(200).extract().jsonPath().getList("storeId", String.class))
                .containsExactly(BUSY_STORE, SMALL_STORE);
    }

    @Test
    void aManagerOfOtherStoresIsRefused() {
        problem(as(DemoUsers.SORA).get(ONE, SMALL_STORE).then(), 403, "not-your-store");
    }

    @Test
    void staffServicesAndShoppersAreForbiddenAndAnonymousCallersUnauthorized() {
        problem(as(DemoUsers.AOI).get(ONE, BUSY_STORE).then(), 403, "forbidden");
        problem(as(DemoUsers.AOI).get(ALL).then(), 403, "forbidden");
        problem(asService().get(ALL).then(), 403, "forbidden");
        problem(asShopper(TestShopperTickets.newVisitorId()).get(ALL).then(), 403, "forbidden");
        problem(anonymous().get(ALL).then(), 401, "unauthorized");
        problem(anonymous().get(ONE, BUSY_STORE).then(), 401, "unauthorized");
    }

    @Test
    void aBadWindowOrStoreIdIsRefused() {
        problem(as(DemoUsers.SORA).queryParam("days", 0).get(ALL).then(), 400, "invalid-request");
        problem(as(DemoUsers.SORA).queryParam("days", 366).get(ONE, BUSY_STORE).then(), 400, "invalid-request");
        problem(as(DemoUsers.SORA).queryParam("days", "week").get(ALL).then(), 400, "invalid-request");
        problem(as(DemoUsers.SORA).get(ONE, "Not_A_Store").then(), 400, "invalid-request");
    }
}
