package io.tsunagu.profilebridge.note;

import io.quarkus.test.junit.QuarkusTest;
import io.tsunagu.testing.DemoUsers;
import io.tsunagu.testing.TestShopperTickets;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;

import static io.tsunagu.profilebridge.ApiTesting.MALFORMED_JSON;
import static io.tsunagu.profilebridge.ApiTesting.NOTES;
import static io.tsunagu.profilebridge.ApiTesting.REPORT;
import static io.tsunagu.testing.ApiCalls.anonymous;
import static io.tsunagu.testing.ApiCalls.as;
import static io.tsunagu.testing.ApiCalls.asService;
import static io.tsunagu.testing.ApiCalls.asShopper;
import static io.tsunagu.profilebridge.ApiTesting.note;
import static io.tsunagu.testing.ApiCalls.problem;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

@QuarkusTest
class NoteResourceTest {

    private static final String TEXT = "富士山の夏山登山を計画中。レインウェアを試着したい。";
    private static final List<String> TAGS = List.of("mountaineering", "rainwear");

    @Test
    void aNoteIsStoredOnceAndARepeatAnswersTheStoredNote() {
        String visitor = TestShopperTickets.newVisitorId();
        UUID consultation = UUID.randomUUID();

        asService().body(note(consultation, DemoUsers.AOI, TEXT, TAGS)).post(NOTES, visitor)
                .then().statusCode(201)
                .body("consultationId", equalTo(consultation.toString()))
                .body("staffUsername", equalTo(DemoUsers.AOI))
                .body("text", equalTo(TEXT))
                .body("tags", equalTo(TAGS));
        String storedAt = asService().body(note(consultation, DemoUsers.AOI, "a later edit", List.of())).post(NOTES, visitor)
                .then().statusCode(200)
                .body("text", equalTo(TEXT))
                .body("tags", equalTo(TAGS))
                .extract().path("at");

        as(DemoUsers.MEI).get(REPORT, visitor).then().statusCode(200)
                .body("notes", hasSize(1))
                .body("notes[0].text", equalTo(TEXT))
                .body("notes[0].at", equalTo(storedAt));
    }

    @Test
    void aNoteCarriesTheProductsShownTheOutcomeAndTheFollowUpDate() {
        String visitor = TestShopperTickets.newVisitorId();
        io.tsunagu.profilebridge.ApiTesting.consent(visitor, true);
        UUID bought = UUID.randomUUID();
        UUID refused = UUID.randomUUID();
        Map<String, Object> purchase = new HashMap<>(note(bought, DemoUsers.AOI, TEXT, List.of("rainwear")));
        purchase.put("productIds", List.of("p-101", "p-102"));
        purchase.put("outcome", "PURCHASED");
        purchase.put("followUpOn", "2026-12-01");
        Map<String, Object> notInterested = new HashMap<>(note(refused, DemoUsers.AOI, "No skiing.", List.of("skiing")));
        notInterested.put("outcome", "NOT_INTERESTED");

        asService().body(purchase).post(NOTES, visitor).then().statusCode(201)
                .body("productIds", contains("p-101", "p-102"))
                .body("outcome", equalTo("PURCHASED"))
                .body("followUpOn", equalTo("2026-12-01"));
        asService().body(notInterested).post(NOTES, visitor).then().statusCode(201);

        as(DemoUsers.MEI).get(REPORT, visitor).then().statusCode(200)
                .body("consultations.outcome", contains("NOT_INTERESTED", "PURCHASED"))
                .body("consultations[1].followUpOn", equalTo("2026-12-01"));
        // A purchase in the consultation counts like a purchase (5); "not interested" adds nothing.
        asService().get(io.tsunagu.profilebridge.ApiTesting.INTERESTS, visitor).then().statusCode(200)
                .body("interests.rainwear", equalTo(5.0f))
                .body("interests.skiing", org.hamcrest.Matchers.nullValue());
    }

    @Test
    void badNoteFieldsAreRefused() {
        String visitor = TestShopperTickets.newVisitorId();
        Map<String, Object> badOutcome = new HashMap<>(note(UUID.randomUUID(), DemoUsers.AOI, TEXT, TAGS));
        badOutcome.put("outcome", "MAYBE");
        Map<String, Object> badDate = new HashMap<>(note(UUID.randomUUID(), DemoUsers.AOI, TEXT, TAGS));
        badDate.put("followUpOn", "next week");
        Map<String, Object> badProduct = new HashMap<>(note(UUID.randomUUID(), DemoUsers.AOI, TEXT, TAGS));
        badProduct.put("productIds", List.of("p 1"));

        problem(asService().body(badOutcome).post(NOTES, visitor).then(), 400, "invalid-request");
        problem(asService().body(badDate).post(NOTES, visitor).then(), 400, "malformed-json");
        problem(asService().body(badProduct).post(NOTES, visitor).then(), 400, "invalid-request");
    }

    @Test
    void aNoteForAnUnknownVisitorCreatesThem() {
        String visitor = TestShopperTickets.newVisitorId();
        problem(as(DemoUsers.MEI).get(REPORT, visitor).then(), 404, "not-found");

        asService().body(note(UUID.randomUUID(), DemoUsers.REN, "", List.of())).post(NOTES, visitor).then().statusCode(201);

        as(DemoUsers.MEI).get(REPORT, visitor).then().statusCode(200).body("notes.staffUsername", contains(DemoUsers.REN));
    }

    @Test
    void aConsultationCannotHaveNotesForTwoShoppers() {
        UUID consultation = UUID.randomUUID();
        String visitor = TestShopperTickets.newVisitorId();
        String other = TestShopperTickets.newVisitorId();
        asService().body(note(consultation, DemoUsers.AOI, TEXT, TAGS)).post(NOTES, visitor).then().statusCode(201);

        problem(asService().body(note(consultation, DemoUsers.AOI, TEXT, TAGS)).post(NOTES, other).then(), 409, "note-conflict");
        // The refused call left nothing behind: the other visitor is still unknown.
        problem(as(DemoUsers.MEI).get(REPORT, other).then(), 404, "not-found");
    }

    @Test
    void withoutATokenTheCallIsUnauthorized() {
        problem(anonymous().body(note(UUID.randomUUID(), DemoUsers.AOI, TEXT, TAGS)).post(NOTES, TestShopperTickets.newVisitorId())
                .then(), 401, "unauthorized");
    }

    @Test
    void onlyServicesMayWriteNotes() {
        String visitor = TestShopperTickets.newVisitorId();
        Map<String, Object> body = note(UUID.randomUUID(), DemoUsers.AOI, TEXT, TAGS);

        problem(as(DemoUsers.AOI).body(body).post(NOTES, visitor).then(), 403, "forbidden");
        problem(as(DemoUsers.SORA).body(body).post(NOTES, visitor).then(), 403, "forbidden");
        problem(as(DemoUsers.MEI).body(body).post(NOTES, visitor).then(), 403, "forbidden");
        problem(asShopper(visitor).body(body).post(NOTES, visitor).then(), 403, "forbidden");
    }

    @Test
    void malformedJsonIsRefused() {
        String visitor = TestShopperTickets.newVisitorId();
        problem(asService().body(MALFORMED_JSON).post(NOTES, visitor).then(), 400, "malformed-json");
        problem(asService().body("{\"text\": {\"ja\": \"…\"}}").post(NOTES, visitor).then(), 400, "malformed-json");
    }

    @Test
    void invalidValuesAreNamed() {
        String visitor = TestShopperTickets.newVisitorId();
        Map<String, Object> body = new HashMap<>();
        body.put("consultationId", "consultation-1");
        body.put("staffUsername", " ");
        body.put("text", "x".repeat(NoteInput.MAX_TEXT + 1));
        body.put("tags", IntStream.range(0, 21).mapToObj(i -> "tag-" + i).toList());

        problem(asService().body(body).post(NOTES, visitor).then(), 400, "invalid-request")
                .body("violations.field", contains("consultationId", "staffUsername", "tags", "text"));
        problem(asService().body(Map.of("consultationId", UUID.randomUUID().toString(), "staffUsername", DemoUsers.AOI,
                        "text", TEXT, "tags", List.of("Rain Wear"))).post(NOTES, visitor).then(), 400, "invalid-request")
                .body("violations.field", contains("tags[0]"));
        problem(asService().body("{}").post(NOTES, visitor).then(), 400, "invalid-request")
                .body("violations.field", contains("consultationId", "staffUsername", "text"));
        problem(asService().post(NOTES, visitor).then(), 400, "invalid-request");
    }

    @Test
    void anInvalidVisitorIdIsABadRequest() {
        problem(asService().body(note(UUID.randomUUID(), DemoUsers.AOI, TEXT, TAGS)).post(NOTES, "v/../x").then(), 400,
                "invalid-request");
        problem(asService().body(note(UUID.randomUUID(), DemoUsers.AOI, TEXT, TAGS)).post(NOTES, "short").then(), 400,
                "invalid-request").body("violations.field", contains("visitorId"));
    }

    @Test
    void theLongestAllowedNoteIsAccepted() {
        asService().body(note(UUID.randomUUID(), DemoUsers.AOI, "x".repeat(NoteInput.MAX_TEXT),
                        IntStream.range(0, 20).mapToObj(i -> "tag-" + i).toList()))
                .post(NOTES, TestShopperTickets.newVisitorId())
                .then().statusCode(201).body("tags", hasSize(20));
    }

    @Test
    void noteTimesAreInstants() {
        String at = asService().body(note(UUID.randomUUID(), DemoUsers.AOI, TEXT, TAGS)).post(NOTES, TestShopperTickets.newVisitorId())
                .then().statusCode(201).extract().path("at");
        org.assertj.core.api.Assertions.assertThat(Instant.parse(at)).isBetween(Instant.now().minusSeconds(60), Instant.now());
    }
}
