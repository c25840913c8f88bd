package io.tsunagu.profilebridge.cdp;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.tsunagu.testing.DemoUsers;
import io.tsunagu.testing.TestShopperTickets;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.tsunagu.profilebridge.ApiTesting.LINKS;
import static io.tsunagu.profilebridge.ApiTesting.NOTES;
import static io.tsunagu.profilebridge.ApiTesting.REPORT;
import static io.tsunagu.profilebridge.ApiTesting.event;
import static io.tsunagu.profilebridge.ApiTesting.note;
import static io.tsunagu.profilebridge.ApiTesting.record;
import static io.tsunagu.testing.ApiCalls.as;
import static io.tsunagu.testing.ApiCalls.asService;
import static org.assertj.core.api.Assertions.assertThat;

/** The configured Segment connector in the report and for notes, against a {@link FakeSegment} on the %test port. */
@QuarkusTest
class CdpWiringTest {

    private static final int FAKE_SEGMENT_PORT = 41874;
    private static final String TRAITS = "{\"first_name\":\"Yui\",\"vip\":true,\"lifetime_value\":42000,\"nickname\":null}";

    @Inject
    CdpPushService push;
    @Inject
    ObjectMapper json;

    private FakeSegment fakeSegment;

    @BeforeEach
    void startTheFakeSegment() throws IOException {
        fakeSegment = new FakeSegment(FAKE_SEGMENT_PORT);
    }

    @AfterEach
    void stopIt() {
        fakeSegment.close();
    }

    /** A visitor with behaviour and consent, linked to a new member id; returns {visitor, member}. */
    private static String[] linkedShopper() {
        String visitor = TestShopperTickets.newVisitorId();
        String member = "m-" + UUID.randomUUID();
        record(visitor, List.of(event("favorite", "p-2", List.of("camping"), Instant.now())));
        asService().body(Map.of("visitorId", visitor, "memberId", member)).post(LINKS).then().statusCode(200);
        return new String[]{visitor, member};
    }

    private static JsonPath report(String visitor) {
        return as(DemoUsers.MEI).get(REPORT, visitor).then().statusCode(200).extract().jsonPath();
    }

    @Test
    void aLinkedShoppersReportShowsTheirLiveCdpTraits() {
        String[] shopper = linkedShopper();
        fakeSegment.knows(shopper[1], TRAITS);

        JsonPath report = report(shopper[0]);

        assertThat(report.getString("external.connector")).isEqualTo("segment");
        assertThat(report.getString("external.status")).isEqualTo(ExternalProfile.AVAILABLE);
        assertThat(report.getString("external.traits.first_name")).isEqualTo("Yui");
        assertThat(report.getBoolean("external.traits.vip")).isTrue();
        assertThat(report.getMap("external.traits")).containsKey("nickname");
        assertThat(report.getList("topInterests.tag", String.class)).containsExactly("camping");
    }

    @Test
    void aMemberTheCdpDoesNotKnowIsMarkedUnknown() {
        String[] shopper = linkedShopper();

        assertThat(report(shopper[0]).getString("external.status")).isEqualTo(ExternalProfile.UNKNOWN);
    }

    @Test
    void aFailingCdpIsMarkedUnavailableAndTheReportStillAnswers() {
        String[] shopper = linkedShopper();
        fakeSegment.knows(shopper[1], TRAITS);
        fakeSegment.answerProfilesWith(500);

        JsonPath report = report(shopper[0]);

        assertThat(report.getString("external.status")).isEqualTo(ExternalProfile.UNAVAILABLE);
        assertThat(report.getMap("external.traits")).isEmpty();
        assertThat(report.getList("topInterests.tag", String.class)).containsExactly("camping");

        // A failure is not kept: the next read asks again and gets the traits.
        fakeSegment.answerProfilesWith(200);
        assertThat(report(shopper[0]).getString("external.status")).isEqualTo(ExternalProfile.AVAILABLE);
    }

    @Test
    void aSlowCdpIsCutOffByTheTimeout() {
        String[] shopper = linkedShopper();
        fakeSegment.knows(shopper[1], TRAITS);
        fakeSegment.answerProfilesAfter(Duration.ofSeconds(3));

        assertThat(report(shopper[0]).getString("external.status")).isEqualTo(ExternalProfile.UNAVAILABLE);
    }

    @Test
    void aShopperWithoutAMemberIdIsNotLinked() {
        String visitor = TestShopperTickets.newVisitorId();
        record(visitor, List.of(event("favorite", "p-2", List.of("camping"), Instant.now())));

        assertThat(report(visitor).getString("external.status")).isEqualTo(ExternalProfile.NOT_LINKED);
    }

    @Test
    void withoutConsentTheCdpIsNotAsked() {
        String visitor = TestShopperTickets.newVisitorId();
        String member = "m-" + UUID.randomUUID();
        asService().body(Map.of("visitorId", visitor, "memberId", member)).post(LINKS).then().statusCode(200);
        fakeSegment.knows(member, TRAITS);

        assertThat(report(visitor).getString("external")).isNull();
    }

    @Test
    void aNoteIsPushedToTheMembersTimelineAndRetriedUntilTheCdpTakesIt() throws IOException {
        String[] shopper = linkedShopper();
        UUID consultation = UUID.randomUUID();
        Map<String, Object> body = new HashMap<>(note(consultation, DemoUsers.AOI, "Bought the tent.", List.of("camping")));
        body.put("outcome", "PURCHASED");
        asService().body(body).post(NOTES, shopper[0]).then().statusCode(201);
        fakeSegment.answerTracksWith(503);

        Instant now = Instant.now();
        push.deliverDue(now);
        assertThat(pushesOf(consultation)).hasSize(1);
        push.deliverDue(now);
        assertThat(pushesOf(consultation)).as("the retry waits its pause").hasSize(1);

        fakeSegment.answerTracksWith(200);
        push.deliverDue(now.plus(Duration.ofMinutes(1)));
        push.deliverDue(now.plus(Duration.ofDays(1)));

        List<String> pushes = pushesOf(consultation);
        assertThat(pushes).as("once refused, once taken, then never again").hasSize(2);
        JsonNode taken = json.readTree(pushes.get(1));
        assertThat(taken.get("userId").asText()).isEqualTo(shopper[1]);
        assertThat(taken.get("messageId").asText()).isEqualTo(consultation.toString());
        assertThat(taken.at("/properties/outcome").asText()).isEqualTo("PURCHASED");
        assertThat(taken.at("/properties/tags/0").asText()).isEqualTo("camping");
    }

    @Test
    void aNoteOfAShopperWithoutAMemberIdIsNotPushed() {
        String visitor = TestShopperTickets.newVisitorId();
        UUID consultation = UUID.randomUUID();
        asService().body(note(consultation, DemoUsers.AOI, "Just looking.", List.of())).post(NOTES, visitor).then().statusCode(201);

        push.deliverDue(Instant.now().plus(Duration.ofDays(1)));

        assertThat(pushesOf(consultation)).isEmpty();
    }

    private List<String> pushesOf(UUID consultation) {
        return fakeSegment.tracked().stream().filter(b -> b.contains(consultation.toString())).toList();
    }
}
