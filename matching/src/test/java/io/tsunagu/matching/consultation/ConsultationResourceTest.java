package io.tsunagu.matching.consultation;

import io.quarkus.test.InjectMock;
import io.quarkus.test.junit.QuarkusTest;
import io.tsunagu.matching.client.PartUnavailableException;
import io.tsunagu.matching.client.Presence;
import io.tsunagu.matching.client.ProfileBridge;
import io.tsunagu.matching.client.ShopperNote;
import io.tsunagu.matching.client.Signaling;
import io.tsunagu.matching.client.StaffDirectory;
import io.tsunagu.matching.support.DemoStaff;
import io.tsunagu.matching.support.Shoppers;
import io.tsunagu.matching.support.Tables;
import io.tsunagu.testing.DemoUsers;
import io.tsunagu.testing.TestShopperTickets;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import static io.tsunagu.testing.ApiCalls.PROBLEM_JSON;
import static io.tsunagu.testing.ApiCalls.anonymous;
import static io.tsunagu.testing.ApiCalls.asService;
import static io.tsunagu.testing.ApiCalls.asShopper;
import static org.assertj.core.api.Assertions.assertThat;
import static io.tsunagu.testing.ApiCalls.as;
import static io.tsunagu.matching.support.Api.problem;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.reset;
import static org.mockito.Mockito.timeout;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/** A consultation from the accept to the notes, with the other parts mocked. */
@QuarkusTest
class ConsultationResourceTest {

    private static final String CONSULTATION = "/api/matching/consultations/{id}";
    private static final String END = CONSULTATION + "/end";
    private static final String NOTES = CONSULTATION + "/notes";
    private static final String MINE = "/api/matching/consultations/mine";
    private static final String UNKNOWN_ID = "6f1c2a52-5b0e-4a59-9c1f-0d6f4c1b2a77";
    private static final String NOTE_TEXT = "富士山の夏山登山を計画中。レインウェアを試着したい。";
    private static final List<String> NOTE_TAGS = List.of("mountaineering", "rainwear");
    private static final Map<String, Object> NOTES_BODY = Map.of("text", NOTE_TEXT, "tags", NOTE_TAGS);
    private static final long MOCK_WAIT_MS = 3000;
    private static final String RATING = CONSULTATION + "/rating";
    private static final Map<String, Object> RATING_BODY = Map.of("stars", 5, "comment", "とても親切でした");
    private static final LocalDate FOLLOW_UP_ON = LocalDate.of(2026, 12, 1);

    @InjectMock
    StaffDirectory staffDirectoryMock;
    @InjectMock
    ProfileBridge profileBridgeMock;
    @InjectMock
    Signaling signalingMock;
    @Inject
    Tables tables;

    private final String climber = TestShopperTickets.newVisitorId();

    @BeforeEach
    void aoiIsFree() {
        tables.clear();
        when(profileBridgeMock.interests(climber)).thenReturn(Shoppers.CLIMBER_INTERESTS);
        when(staffDirectoryMock.availableStaff()).thenReturn(List.of(DemoStaff.AOI));
    }

    @Test
    void theShopperEndsTheCallThenTheNotesGoToTheProfileAndTheStaffMemberIsFreeAgain() {
        String id = activeConsultation();
        asShopper(climber).get(CONSULTATION, id).then().statusCode(200).body("status", equalTo("ACTIVE")).body("notes", nullValue());

        asShopper(climber).post(END, id)
                .then().statusCode(200).body("status", equalTo("ENDED")).body("endedAt", notNullValue());
        as(DemoUsers.AOI).post(END, id).then().statusCode(200).body("status", equalTo("ENDED"));
        verify(staffDirectoryMock, timeout(MOCK_WAIT_MS)).setPresence(DemoUsers.AOI, Presence.WRAP_UP);
        verify(signalingMock, timeout(MOCK_WAIT_MS)).closeRoom(UUID.fromString(id));

        as(DemoUsers.AOI).body(NOTES_BODY).post(NOTES, id)
                .then().statusCode(200)
                .body("notes.text", equalTo(NOTE_TEXT))
                .body("notes.tags", contains(NOTE_TAGS.toArray()));

        verify(profileBridgeMock).addNote(climber, new ShopperNote(UUID.fromString(id), DemoUsers.AOI, NOTE_TEXT, NOTE_TAGS, null, null, null));
        verify(staffDirectoryMock, timeout(MOCK_WAIT_MS)).setPresence(DemoUsers.AOI, Presence.AVAILABLE);
        asShopper(climber).get(CONSULTATION, id).then().statusCode(200).body("notes.text", equalTo(NOTE_TEXT));
        as(DemoUsers.AOI).get(MINE).then().statusCode(200).body("id", contains(id));
    }

    @Test
    void theProductsOutcomeAndFollowUpDateAreKeptAndForwardedToProfileBridge() {
        String id = activeConsultation();
        Map<String, Object> notes = Map.of("text", NOTE_TEXT, "tags", NOTE_TAGS, "productIds", List.of("p-101", "p-205"),
                "outcome", "CONSIDERING", "followUpOn", FOLLOW_UP_ON.toString());

        as(DemoUsers.AOI).body(notes).post(NOTES, id)
                .then().statusCode(200)
                .body("notes.productIds", contains("p-101", "p-205"))
                .body("notes.outcome", equalTo("CONSIDERING"))
                .body("notes.followUpOn", equalTo("2026-12-01"));

        verify(profileBridgeMock).addNote(climber, new ShopperNote(UUID.fromString(id), DemoUsers.AOI, NOTE_TEXT, NOTE_TAGS,
                List.of("p-101", "p-205"), "CONSIDERING", FOLLOW_UP_ON));
        as(DemoUsers.AOI).get(CONSULTATION, id).then().statusCode(200).body("notes.outcome", equalTo("CONSIDERING"));
    }

    @Test
    void malformedOutcomeDateOrProductIdsAreABadRequest() {
        String id = activeConsultation();

        as(DemoUsers.AOI).body(Map.of("text", NOTE_TEXT, "tags", NOTE_TAGS, "outcome", "MAYBE")).post(NOTES, id)
                .then().statusCode(400).contentType(PROBLEM_JSON);
        as(DemoUsers.AOI).body(Map.of("text", NOTE_TEXT, "tags", NOTE_TAGS, "followUpOn", "2026-13-45")).post(NOTES, id)
                .then().statusCode(400).contentType(PROBLEM_JSON);
        as(DemoUsers.AOI).body(Map.of("text", NOTE_TEXT, "tags", NOTE_TAGS, "productIds", List.of("p 101"))).post(NOTES, id)
                .then().statusCode(400).contentType(PROBLEM_JSON).body("type", equalTo(problem("invalid-request")));
        verify(profileBridgeMock, never()).addNote(any(), any());
    }

    @Test
    void signalingEndsACallAsTheServiceButManagersCannot() {
        String id = activeConsultation();

        as(DemoUsers.SORA).post(END, id).then().statusCode(403).contentType(PROBLEM_JSON).body("type", equalTo(problem("forbidden")));
        asService().post(END, id).then().statusCode(200).body("status", equalTo("ENDED"));
        asService().post(END, id).then().statusCode(200).body("status", equalTo("ENDED"));
        asService().post(END, UNKNOWN_ID).then().statusCode(404).contentType(PROBLEM_JSON);
        asService().post(END, "not-a-uuid").then().statusCode(404).contentType(PROBLEM_JSON);
        verify(signalingMock, timeout(MOCK_WAIT_MS)).closeRoom(UUID.fromString(id));
        // The service may end a call, not read consultations.
        asService().get(CONSULTATION, id).then().statusCode(403).contentType(PROBLEM_JSON);
    }

    @Test
    void theShopperRatesTheirConsultationOnce() {
        String id = activeConsultation();
        asShopper(climber).post(END, id).then().statusCode(200);

        asShopper(climber).body(RATING_BODY).post(RATING, id).then().statusCode(204);
        asShopper(climber).body(Map.of("stars", 1)).post(RATING, id)
                .then().statusCode(409).contentType(PROBLEM_JSON).body("type", equalTo(problem("already-rated")));
    }

    @Test
    void ratingsFromOthersWrongRolesOrMalformedBodiesAreRefused() {
        String id = activeConsultation();

        anonymous().body(RATING_BODY).post(RATING, id).then().statusCode(401).contentType(PROBLEM_JSON);
        as(DemoUsers.AOI).body(RATING_BODY).post(RATING, id).then().statusCode(403).contentType(PROBLEM_JSON);
        as(DemoUsers.SORA).body(RATING_BODY).post(RATING, id).then().statusCode(403).contentType(PROBLEM_JSON);
        asService().body(RATING_BODY).post(RATING, id).then().statusCode(403).contentType(PROBLEM_JSON);
        asShopper().body(RATING_BODY).post(RATING, id).then().statusCode(404).contentType(PROBLEM_JSON);
        asShopper(climber).body(RATING_BODY).post(RATING, UNKNOWN_ID).then().statusCode(404).contentType(PROBLEM_JSON);
        asShopper(climber).body("{\"stars\": ").post(RATING, id)
                .then().statusCode(400).contentType(PROBLEM_JSON).body("type", equalTo(problem("malformed-json")));
        for (Map<String, Object> invalid : List.of(Map.<String, Object>of("stars", 0), Map.<String, Object>of("stars", 6),
                Map.<String, Object>of("comment", "no stars"), Map.<String, Object>of("stars", 3, "comment", "x".repeat(1001)))) {
            asShopper(climber).body(invalid).post(RATING, id)
                    .then().statusCode(400).contentType(PROBLEM_JSON).body("type", equalTo(problem("invalid-request")));
        }
        asShopper(climber).body(Map.of("stars", "five")).post(RATING, id).then().statusCode(400).contentType(PROBLEM_JSON);
        // None of these counted: the shopper can still rate.
        asShopper(climber).body(RATING_BODY).post(RATING, id).then().statusCode(204);
    }

    @Test
    void theStaffMemberGetsReportAccessWithTheOfferAndADayAfterTheAccept() {
        String requestId = Shoppers.openRequest(climber);
        String offerId = await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(100)).until(
                () -> as(DemoUsers.AOI).get("/api/matching/offers/mine").then().statusCode(200).extract().jsonPath()
                        .getString("find { it.requestId == '" + requestId + "' }.id"),
                Objects::nonNull);
        Instant expiresAt = Instant.parse(as(DemoUsers.AOI).get("/api/matching/offers/{id}", offerId).then().extract().path("expiresAt"));
        verify(profileBridgeMock, timeout(MOCK_WAIT_MS)).grantReportAccess(climber, DemoUsers.AOI, expiresAt.plus(Duration.ofHours(24)));

        Instant before = Instant.now();
        as(DemoUsers.AOI).post("/api/matching/offers/{id}/accept", offerId).then().statusCode(200);
        Instant after = Instant.now();

        ArgumentCaptor<Instant> until = ArgumentCaptor.forClass(Instant.class);
        verify(profileBridgeMock, timeout(MOCK_WAIT_MS).times(2)).grantReportAccess(eq(climber), eq(DemoUsers.AOI), until.capture());
        assertThat(until.getAllValues().get(1)).isBetween(before.plus(Duration.ofHours(24)), after.plus(Duration.ofHours(24)));
    }

    @Test
    void aFailedGrantDoesNotStopTheOffer() {
        doThrow(new IllegalStateException("profile-bridge down")).when(profileBridgeMock).grantReportAccess(any(), any(), any());
        String id = activeConsultation();

        asShopper(climber).get(CONSULTATION, id).then().statusCode(200).body("status", equalTo("ACTIVE"));
        verify(signalingMock, timeout(MOCK_WAIT_MS)).openRoom(UUID.fromString(id), climber, DemoUsers.AOI);
    }

    @Test
    void notesAreKeptWhenProfileBridgeFailsAndPostingAgainDeliversThem() {
        String id = activeConsultation();
        as(DemoUsers.AOI).post(END, id).then().statusCode(200);
        doThrow(new PartUnavailableException("profile-bridge", new IllegalStateException("connection refused")))
                .when(profileBridgeMock).addNote(eq(climber), any());

        as(DemoUsers.AOI).body(NOTES_BODY).post(NOTES, id)
                .then().statusCode(503).contentType(PROBLEM_JSON).body("type", equalTo(problem("part-unavailable")));
        as(DemoUsers.AOI).get(CONSULTATION, id).then().statusCode(200).body("notes.text", equalTo(NOTE_TEXT));
        verify(staffDirectoryMock, never()).setPresence(DemoUsers.AOI, Presence.AVAILABLE);

        reset(profileBridgeMock);
        as(DemoUsers.AOI).body(NOTES_BODY).post(NOTES, id).then().statusCode(200);
        verify(profileBridgeMock).addNote(eq(climber), any());
        verify(staffDirectoryMock, timeout(MOCK_WAIT_MS)).setPresence(DemoUsers.AOI, Presence.AVAILABLE);
    }

    @Test
    void othersCannotSeeOrEndTheConsultation() {
        String id = activeConsultation();
        String stranger = TestShopperTickets.newVisitorId();

        asShopper(stranger).get(CONSULTATION, id).then().statusCode(404).contentType(PROBLEM_JSON).body("type", equalTo(problem("not-found")));
        asShopper(stranger).post(END, id).then().statusCode(404).contentType(PROBLEM_JSON);
        as(DemoUsers.REN).get(CONSULTATION, id)
                .then().statusCode(403).contentType(PROBLEM_JSON).body("type", equalTo(problem("not-your-consultation")));
        as(DemoUsers.REN).post(END, id).then().statusCode(403).body("type", equalTo(problem("not-your-consultation")));
        as(DemoUsers.REN).body(NOTES_BODY).post(NOTES, id).then().statusCode(403).body("type", equalTo(problem("not-your-consultation")));
        as(DemoUsers.REN).get(MINE).then().statusCode(200).body("$", empty());
        as(DemoUsers.AOI).get(CONSULTATION, id).then().statusCode(200).body("status", equalTo("ACTIVE"));
    }

    @Test
    void unknownConsultationsAreNotFound() {
        as(DemoUsers.AOI).get(CONSULTATION, UNKNOWN_ID).then().statusCode(404).contentType(PROBLEM_JSON);
        asShopper(climber).post(END, UNKNOWN_ID).then().statusCode(404).contentType(PROBLEM_JSON);
        as(DemoUsers.AOI).body(NOTES_BODY).post(NOTES, UNKNOWN_ID).then().statusCode(404).contentType(PROBLEM_JSON);
    }

    @Test
    void malformedOrInvalidNotesAreABadRequest() {
        String id = activeConsultation();

        as(DemoUsers.AOI).body("{\"text\": ").post(NOTES, id)
                .then().statusCode(400).contentType(PROBLEM_JSON).body("type", equalTo(problem("malformed-json")));
        as(DemoUsers.AOI).body(Map.of("text", " ", "tags", List.of("Not A Tag"))).post(NOTES, id)
                .then().statusCode(400).contentType(PROBLEM_JSON)
                .body("type", equalTo(problem("invalid-request")))
                .body("violations.field", hasItems("text"));
        as(DemoUsers.AOI).body(Map.of("text", NOTE_TEXT)).post(NOTES, id)
                .then().statusCode(400).contentType(PROBLEM_JSON).body("violations.field", hasItems("tags"));
        as(DemoUsers.AOI).post(NOTES, id).then().statusCode(400).contentType(PROBLEM_JSON);
        verify(profileBridgeMock, never()).addNote(any(), any());
    }

    @Test
    void withoutATokenEveryConsultationEndpointIsUnauthorized() {
        anonymous().get(MINE).then().statusCode(401).contentType(PROBLEM_JSON);
        anonymous().get(CONSULTATION, UNKNOWN_ID).then().statusCode(401).contentType(PROBLEM_JSON);
        anonymous().post(END, UNKNOWN_ID).then().statusCode(401).contentType(PROBLEM_JSON);
        anonymous().body(NOTES_BODY).post(NOTES, UNKNOWN_ID).then().statusCode(401).contentType(PROBLEM_JSON);
    }

    @Test
    void wrongRolesAreForbidden() {
        asShopper(climber).get(MINE).then().statusCode(403).contentType(PROBLEM_JSON).body("type", equalTo(problem("forbidden")));
        asShopper(climber).body(NOTES_BODY).post(NOTES, UNKNOWN_ID).then().statusCode(403).contentType(PROBLEM_JSON);
        as(DemoUsers.SORA).get(CONSULTATION, UNKNOWN_ID).then().statusCode(403).contentType(PROBLEM_JSON);
        as(DemoUsers.SORA).post(END, UNKNOWN_ID).then().statusCode(403).contentType(PROBLEM_JSON);
        as(DemoUsers.MEI).get(MINE).then().statusCode(403).contentType(PROBLEM_JSON);
    }

    /** A climber's request, offered to and accepted by aoi; answers the consultation id. */
    private String activeConsultation() {
        String requestId = Shoppers.openRequest(climber);
        String offerId = await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(100)).until(
                () -> as(DemoUsers.AOI).get("/api/matching/offers/mine").then().statusCode(200).extract().jsonPath()
                        .getString("find { it.requestId == '" + requestId + "' }.id"),
                Objects::nonNull);
        return as(DemoUsers.AOI).post("/api/matching/offers/{id}/accept", offerId)
                .then().statusCode(200).extract().path("id");
    }
}
